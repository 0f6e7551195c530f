public class CycA {}
