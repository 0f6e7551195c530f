public class CycA extends CycB {}
