public interface Base {}
