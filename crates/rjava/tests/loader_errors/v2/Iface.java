public interface Iface {}
