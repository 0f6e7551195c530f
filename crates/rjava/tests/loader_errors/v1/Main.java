public class Main {
    public static void main(String[] a) throws Exception {
        for (String n : new String[]{"ExtendsIface","ImplementsClass","ExtendsFinal","NeedsMissing","CycA","WrongName","BadMagic","TooNew"}) {
            try { Class.forName(n); System.out.println(n + " ok"); }
            catch (Throwable t) { System.out.println(n + " -> " + t); }
        }
    }
}
