import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.NoSuchElementException;
import java.util.Queue;

public class Main {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "a2");
        ll.push("z");
        System.out.println(ll + " first=" + ll.getFirst() + " last=" + ll.getLast() + " peek=" + ll.peek());
        System.out.println(ll.pop() + " " + ll.removeLast() + " " + ll.pollFirst() + " " + ll + " " + ll.indexOf("b"));
        ll.clear();
        System.out.println(ll.poll() + " " + ll.peekLast() + " " + ll.size());
        try {
            ll.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("removeFirst on empty: " + e.getMessage());
        }
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) stack.push(i);
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop());
        System.out.println("stack " + sb);
        Queue<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) q.offer(i * i);
        System.out.println("queue " + q + " head " + q.peek());
        q.poll();
        q.add(100);
        System.out.println(q);
        ArrayDeque<String> d = new ArrayDeque<>();
        d.offerFirst("m");
        d.offerLast("n");
        d.offerFirst("l");
        System.out.println(d + " " + d.pollLast() + " " + d.peekFirst() + " " + d.contains("m"));
        Iterator<String> desc = d.descendingIterator();
        while (desc.hasNext()) System.out.print(desc.next() + " ");
        System.out.println();
        try {
            d.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("ArrayDeque rejects null");
        }
        ArrayDeque<Integer> ring = new ArrayDeque<>(2);
        for (int i = 0; i < 100; i++) {
            ring.addLast(i);
            if (ring.size() > 3) ring.removeFirst();
        }
        System.out.println(ring);
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        nums.removeFirstOccurrence(3);
        nums.removeLastOccurrence(9);
        nums.remove(Integer.valueOf(5));
        nums.remove(0);
        System.out.println(nums + " " + nums.get(4) + " " + nums.lastIndexOf(8));
        Iterator<Integer> it = nums.descendingIterator();
        int s = 0;
        while (it.hasNext()) s = s * 2 + it.next();
        System.out.println(s);
    }
}
