public class CycB {}
