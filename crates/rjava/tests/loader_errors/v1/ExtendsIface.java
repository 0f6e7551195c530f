public class ExtendsIface extends Iface {}
