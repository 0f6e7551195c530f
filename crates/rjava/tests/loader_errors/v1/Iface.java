public class Iface {}
