public class CycB extends CycA {}
