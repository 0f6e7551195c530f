import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

public class Main {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * 3 % 7);
        System.out.println(list + " size=" + list.size());
        list.add(0, 100);
        list.remove(Integer.valueOf(6));
        list.remove(2);
        list.set(1, -1);
        System.out.println(list + " indexOf(5)=" + list.indexOf(5) + " lastIndexOf(5)=" + list.lastIndexOf(5) + " contains(4)=" + list.contains(4));
        List<Integer> sub = list.subList(2, 5);
        sub.set(0, 77);
        System.out.println(sub + " " + list);
        sub.clear();
        System.out.println(list);
        list.sort(null);
        System.out.println(list);
        list.sort(new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { return b - a; }
        });
        System.out.println(list);
        for (Iterator<Integer> it = list.iterator(); it.hasNext(); ) if (it.next() % 2 == 0) it.remove();
        System.out.println(list);
        ListIterator<Integer> li = list.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v == 5) li.add(55);
            else li.set(v * 10);
        }
        System.out.println(list);
        while (li.hasPrevious()) System.out.print(li.previous() + " ");
        System.out.println();
        try {
            list.get(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            list.add(-1, 0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ArrayList<String>().iterator().next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        List<String> strs = new ArrayList<>(List.of("delta", "alpha", "charlie", "bravo"));
        Collections.sort(strs);
        System.out.println(strs + " " + strs.equals(List.of("alpha", "bravo", "charlie", "delta")) + " " + strs.hashCode());
        Object[] arr = strs.toArray();
        String[] sarr = strs.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[3] + " " + sarr.getClass().getSimpleName());
        ArrayList<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100000; i++) big.add(i);
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println(sum + " " + big.get(99999));
        strs.removeIf(new java.util.function.Predicate<String>() {
            public boolean test(String s) { return s.startsWith("b") || s.startsWith("d"); }
        });
        System.out.println(strs + " " + strs.isEmpty());
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3));
        nums.remove((Object) 2);
        nums.addAll(List.of(7, 8));
        nums.addAll(1, List.of(-1, -2));
        nums.retainAll(List.of(1, -2, 8, 99));
        System.out.println(nums + " " + nums.containsAll(List.of(1, 8)));
    }
}
