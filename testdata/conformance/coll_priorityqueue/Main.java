import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    static class Task {
        final String name;
        final int priority;
        final int seq;
        Task(String name, int priority, int seq) {
            this.name = name;
            this.priority = priority;
            this.seq = seq;
        }
        public String toString() { return name + "(" + priority + ")"; }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 7, 1, 56, 23};
        for (int v : vals) pq.offer(v);
        System.out.println("size " + pq.size() + " peek " + pq.peek());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Integer> max = new PriorityQueue<>(java.util.Collections.reverseOrder());
        for (int v : vals) max.add(v);
        sb.setLength(0);
        while (!max.isEmpty()) sb.append(max.remove()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>(new Comparator<Task>() {
            public int compare(Task a, Task b) {
                if (a.priority != b.priority) return Integer.compare(b.priority, a.priority);
                return Integer.compare(a.seq, b.seq);
            }
        });
        String[] names = {"write", "test", "deploy", "review", "plan", "fix"};
        int[] prios = {2, 3, 1, 3, 5, 2};
        for (int i = 0; i < names.length; i++) tasks.add(new Task(names[i], prios[i], i));
        List<Task> order = new ArrayList<>();
        while (!tasks.isEmpty()) order.add(tasks.poll());
        System.out.println(order);
        System.out.println(pq.poll() + " " + pq.peek());
        PriorityQueue<Long> lq = new PriorityQueue<>();
        long x = 17;
        for (int i = 0; i < 1000; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            lq.add(x);
            if (lq.size() > 5) lq.poll();
        }
        List<Long> top = new ArrayList<>();
        while (!lq.isEmpty()) top.add(lq.poll());
        System.out.println("top5 " + top);
        PriorityQueue<String> sq = new PriorityQueue<>(List.of("pear", "apple", "fig", "kiwi"));
        System.out.println(sq.poll() + " " + sq.poll() + " " + sq.contains("kiwi") + " " + sq.remove("kiwi") + " " + sq.size());
    }
}
