import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who holds what in a heap dump (jcmd PID GC.heap_dump FILE): for the instances of the classes
 * named, the shortest chain of references from a GC root (a thread, a JNI global, a class's static
 * fields), counted by the chain's shape (class and field names, no ids), most frequent first.
 * Used by ops/load/session-heap's investigations (ops/BENCHMARKS.md §3.ab); no dependencies:
 *   java -Xmx4g ops/load/HprofPaths.java dump.hprof org.example.Holder [more classes] [-depth 12]
 */
public class HprofPaths {

  static int idSize;
  static final Map<Long, String> strings = new HashMap<>();
  static final Map<Long, String> classNames = new HashMap<>();
  /** class id to super id, and its instance fields (name, type) in order */
  static final Map<Long, Long> superOf = new HashMap<>();
  static final Map<Long, long[]> fieldNames = new HashMap<>();
  static final Map<Long, byte[]> fieldTypes = new HashMap<>();
  static final Map<Long, List<long[]>> staticRefs = new HashMap<>(); // [nameId, target]

  /** Objects: id to index; per index the class (or array class) and the references out. */
  static final Map<Long, Integer> index = new HashMap<>(4_000_000);
  static long[] ids = new long[1 << 20];
  static long[] classOf = new long[1 << 20];
  static byte[][] raw = new byte[1 << 20][]; // instance field bytes
  static long[][] arrayRefs = new long[1 << 20][];
  static long[] primBytes = new long[1 << 20];
  static int count;
  static final Map<Long, byte[]> byteArrays = new HashMap<>();
  static final List<Long> roots = new ArrayList<>();
  static final Map<Long, String> rootKind = new HashMap<>();

  public static void main(String[] args) throws IOException {
    String file = args[0];
    List<String> targets = new ArrayList<>();
    List<String> retainers = new ArrayList<>();
    int depth = 14;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("-string")) {
        strings(args[++i], args[++i]);
        continue;
      }
      if (args[i].equals("-retain")) {
        retainers.add(args[++i]);
      } else if (args[i].equals("-depth")) {
        depth = Integer.parseInt(args[++i]);
      } else {
        targets.add(args[i]);
      }
    }
    read(file);
    for (String[] q : stringQueries) {
      printStrings(q[0], q[1]);
    }
    System.err.println("objects " + count + ", classes " + classNames.size());
    // BFS from the roots: threads and JNI first, then classes' statics
    int[] parent = new int[count];
    String[] via = new String[count];
    java.util.Arrays.fill(parent, -2);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long r : roots) {
      Integer i = index.get(r);
      if (i != null && parent[i] == -2) {
        parent[i] = -1;
        via[i] = "root " + rootKind.get(r);
        queue.add(i);
      }
    }
    for (Map.Entry<Long, List<long[]>> e : staticRefs.entrySet()) {
      for (long[] ref : e.getValue()) {
        Integer i = index.get(ref[1]);
        if (i != null && parent[i] == -2) {
          parent[i] = -1;
          via[i] = "static " + simple(classNames.get(e.getKey())) + "." + strings.get(ref[0]);
          queue.add(i);
        }
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      forEachRef(
          i,
          (name, target) -> {
            Integer t = index.get(target);
            if (t != null && parent[t] == -2) {
              parent[t] = i;
              via[t] = name;
              queue.add(t);
            }
          });
    }
    for (String retainer : retainers) {
      retained(retainer);
    }
    for (String target : targets) {
      Map<String, Integer> shapes = new HashMap<>();
      int n = 0;
      for (int i = 0; i < count; i++) {
        if (target.equals(classNames.get(classOf[i]))) {
          n++;
          StringBuilder path = new StringBuilder();
          int at = i;
          for (int d = 0; d < depth && at >= 0; d++) {
            path.insert(0, " <- " + simple(classNames.get(classOf[at])) + (via[at] == null ? "" : "." + via[at]));
            if (parent[at] == -2) {
              path.insert(0, " (unreachable)");
              break;
            }
            at = parent[at];
          }
          shapes.merge(path.toString(), 1, Integer::sum);
        }
      }
      System.out.println("== " + target + ": " + n + " instances");
      Map<Integer, Integer> byRoot = new HashMap<>();
      for (int i = 0; i < count; i++) {
        if (target.equals(classNames.get(classOf[i]))) {
          int at = i;
          while (at >= 0 && parent[at] >= 0) at = parent[at];
          byRoot.merge(at, 1, Integer::sum);
        }
      }
      System.out.println("   held under " + byRoot.size() + " roots; most under one: "
          + byRoot.values().stream().mapToInt(Integer::intValue).max().orElse(0));
      new TreeMap<>(shapes)
          .entrySet().stream()
              .sorted((a, b) -> b.getValue() - a.getValue())
              .limit(8)
              .forEach(e -> System.out.println(String.format("%7d %s", e.getValue(), e.getKey())));
    }
  }

  /** Shallow size, roughly (compressed oops: 12-byte header, 4-byte references; 8-byte aligned). */
  static long shallow(int i) {
    long s;
    if (arrayRefs[i] != null) s = 16 + 4L * arrayRefs[i].length;
    else if (classOf[i] < 0 && classOf[i] > -20) s = 16 + primBytes[i];
    else s = 12 + (raw[i] == null ? 0 : raw[i].length / 2 + raw[i].length / 8);
    return (s + 7) / 8 * 8;
  }

  static String nameOf(int i) {
    long c = classOf[i];
    if (c < 0 && c > -20) return switch ((int) -c) {
      case 4 -> "boolean[]"; case 5 -> "char[]"; case 6 -> "float[]"; case 7 -> "double[]";
      case 8 -> "byte[]"; case 9 -> "short[]"; case 10 -> "int[]"; default -> "long[]"; };
    return classNames.getOrDefault(c, "?");
  }

  /** What the instances of a class hold that nothing else does: reachable only through them. */
  static void retained(String className) {
    boolean[] blocked = new boolean[count];
    int holders = 0;
    for (int i = 0; i < count; i++) {
      if (className.equals(classNames.get(classOf[i]))) {
        blocked[i] = true;
        holders++;
      }
    }
    boolean[] without = reach(blocked);
    boolean[] with = reach(new boolean[count]);
    Map<String, long[]> byClass = new HashMap<>();
    long total = 0;
    for (int i = 0; i < count; i++) {
      if (with[i] && !without[i]) {
        long s = shallow(i);
        total += s;
        long[] t = byClass.computeIfAbsent(nameOf(i), k -> new long[2]);
        t[0] += s;
        t[1]++;
      }
    }
    System.out.printf("== retained by %d %s: %,d bytes (%,d each)%n", holders, className, total,
        holders == 0 ? 0 : total / holders);
    final int n = Math.max(holders, 1);
    byClass.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .limit(25)
        .forEach(e -> System.out.printf("%10.1f B %6.2f obj each  %s%n",
            e.getValue()[0] / (double) n, e.getValue()[1] / (double) n, e.getKey()));
  }

  static boolean[] reach(boolean[] blocked) {
    boolean[] seen = new boolean[count];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long r : roots) {
      Integer i = index.get(r);
      if (i != null && !seen[i]) { seen[i] = true; if (!blocked[i]) queue.add(i); }
    }
    for (List<long[]> refs : staticRefs.values()) {
      for (long[] ref : refs) {
        Integer i = index.get(ref[1]);
        if (i != null && !seen[i]) { seen[i] = true; if (!blocked[i]) queue.add(i); }
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      forEachRef(i, (name, target) -> {
        Integer t = index.get(target);
        if (t != null && !seen[t]) { seen[t] = true; if (!blocked[t]) queue.add(t); }
      });
    }
    return seen;
  }

  static final List<String[]> stringQueries = new ArrayList<>();

  static void strings(String className, String path) {
    stringQueries.add(new String[] {className, path});
  }

  /** The values of a String reached by a path of fields from each instance, counted. */
  static void printStrings(String className, String path) {
    Map<String, Integer> values = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (!className.equals(classNames.get(classOf[i]))) continue;
      Integer at = i;
      for (String field : path.split("\\.")) {
        final long[] found = {0};
        forEachRef(at, (name, target) -> { if (name.equals(field) && found[0] == 0) found[0] = target; });
        at = found[0] == 0 ? null : index.get(found[0]);
        if (at == null) break;
      }
      String value = "(none)";
      if (at != null) {
        final long[] bytes = {0};
        forEachRef(at, (name, target) -> { if (name.equals("value")) bytes[0] = target; });
        byte[] b = byteArrays.get(bytes[0]);
        value = b == null ? "(?)" : new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      values.merge(value.length() > 300 ? value.substring(0, 300) : value, 1, Integer::sum);
    }
    System.out.println("== " + className + " ." + path);
    values.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(10)
        .forEach(e -> System.out.printf("%7d %s%n", e.getValue(), e.getKey()));
  }

  static String simple(String name) {
    return name == null ? "?" : name.substring(name.lastIndexOf('.') + 1);
  }

  interface RefSink {
    void ref(String name, long target);
  }

  static void forEachRef(int i, RefSink sink) {
    if (arrayRefs[i] != null) {
      long[] a = arrayRefs[i];
      for (int k = 0; k < a.length; k++) {
        if (a[k] != 0) sink.ref("[" + k + "]", a[k]);
      }
      return;
    }
    byte[] b = raw[i];
    if (b == null) return;
    int pos = 0;
    for (long c = classOf[i]; c != 0 && superOf.containsKey(c); c = superOf.get(c)) {
      long[] names = fieldNames.get(c);
      byte[] types = fieldTypes.get(c);
      for (int f = 0; f < names.length; f++) {
        int size = size(types[f]);
        if (types[f] == 2) {
          long v = 0;
          for (int k = 0; k < idSize; k++) v = (v << 8) | (b[pos + k] & 0xff);
          if (v != 0) sink.ref(strings.get(names[f]), v);
        }
        pos += size;
      }
    }
  }

  static int size(int type) {
    return switch (type) {
      case 2 -> idSize;
      case 4, 8 -> 1;
      case 5, 9 -> 2;
      case 6, 10 -> 4;
      case 7, 11 -> 8;
      default -> throw new IllegalStateException("type " + type);
    };
  }

  static long id(DataInputStream in) throws IOException {
    return idSize == 4 ? in.readInt() & 0xffffffffL : in.readLong();
  }

  static int add(long id, long cls) {
    if (count == ids.length) {
      int n = count * 2;
      ids = java.util.Arrays.copyOf(ids, n);
      classOf = java.util.Arrays.copyOf(classOf, n);
      raw = java.util.Arrays.copyOf(raw, n);
      arrayRefs = java.util.Arrays.copyOf(arrayRefs, n);
      primBytes = java.util.Arrays.copyOf(primBytes, n);
    }
    ids[count] = id;
    classOf[count] = cls;
    index.put(id, count);
    return count++;
  }

  static void root(long id, String kind) {
    roots.add(id);
    rootKind.putIfAbsent(id, kind);
  }

  static void read(String file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(file), 1 << 20))) {
      while (in.readByte() != 0) {}
      idSize = in.readInt();
      in.readLong();
      while (true) {
        int tag;
        try {
          tag = in.readUnsignedByte();
        } catch (EOFException e) {
          return;
        }
        in.readInt();
        long length = in.readInt() & 0xffffffffL;
        switch (tag) {
          case 0x01 -> {
            long id = id(in);
            byte[] b = new byte[(int) (length - idSize)];
            in.readFully(b);
            strings.put(id, new String(b, java.nio.charset.StandardCharsets.UTF_8));
          }
          case 0x02 -> {
            in.readInt();
            long cls = id(in);
            in.readInt();
            long name = id(in);
            classNames.put(cls, strings.getOrDefault(name, "?").replace('/', '.'));
          }
          case 0x0C, 0x1C -> heap(in, length);
          default -> in.skipNBytes(length);
        }
      }
    }
  }

  static void heap(DataInputStream in, long length) throws IOException {
    long end = length;
    long read = 0;
    while (read < end) {
      int sub = in.readUnsignedByte();
      read += 1;
      switch (sub) {
        case 0xFF -> { root(id(in), "unknown"); read += idSize; }
        case 0x01 -> { root(id(in), "jni global"); id(in); read += 2L * idSize; }
        case 0x02 -> { root(id(in), "jni local"); in.readInt(); in.readInt(); read += idSize + 8; }
        case 0x03 -> { root(id(in), "java frame"); in.readInt(); in.readInt(); read += idSize + 8; }
        case 0x04 -> { root(id(in), "native stack"); in.readInt(); read += idSize + 4; }
        case 0x05 -> { root(id(in), "sticky class"); read += idSize; }
        case 0x06 -> { root(id(in), "thread block"); in.readInt(); read += idSize + 4; }
        case 0x07 -> { root(id(in), "monitor"); read += idSize; }
        case 0x08 -> { root(id(in), "thread"); in.readInt(); in.readInt(); read += idSize + 8; }
        case 0x20 -> {
          long cls = id(in);
          in.readInt();
          long sup = id(in);
          for (int k = 0; k < 5; k++) id(in);
          in.readInt();
          read += 7L * idSize + 8;
          int cp = in.readUnsignedShort();
          read += 2;
          for (int k = 0; k < cp; k++) {
            in.readUnsignedShort();
            int t = in.readUnsignedByte();
            in.skipNBytes(size(t));
            read += 3 + size(t);
          }
          int statics = in.readUnsignedShort();
          read += 2;
          List<long[]> refs = new ArrayList<>();
          for (int k = 0; k < statics; k++) {
            long name = id(in);
            int t = in.readUnsignedByte();
            read += idSize + 1 + size(t);
            if (t == 2) {
              long v = id(in);
              if (v != 0) refs.add(new long[] {name, v});
            } else {
              in.skipNBytes(size(t));
            }
          }
          staticRefs.put(cls, refs);
          int fields = in.readUnsignedShort();
          read += 2;
          long[] names = new long[fields];
          byte[] types = new byte[fields];
          for (int k = 0; k < fields; k++) {
            names[k] = id(in);
            types[k] = in.readByte();
            read += idSize + 1;
          }
          superOf.put(cls, sup);
          fieldNames.put(cls, names);
          fieldTypes.put(cls, types);
        }
        case 0x21 -> {
          long id = id(in);
          in.readInt();
          long cls = id(in);
          int n = in.readInt();
          byte[] b = new byte[n];
          in.readFully(b);
          read += 2L * idSize + 8 + n;
          int at = add(id, cls);
          raw[at] = b;
        }
        case 0x22 -> {
          long id = id(in);
          in.readInt();
          int n = in.readInt();
          long cls = id(in);
          long[] a = new long[n];
          for (int k = 0; k < n; k++) a[k] = id(in);
          read += 2L * idSize + 8 + (long) n * idSize;
          int at = add(id, cls);
          arrayRefs[at] = a;
        }
        case 0x23 -> {
          long id = id(in);
          in.readInt();
          int n = in.readInt();
          int t = in.readUnsignedByte();
          if (t == 8 && n <= 8192) {
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            byteArrays.put(id, bytes);
          } else {
            in.skipNBytes((long) n * size(t));
          }
          read += idSize + 9 + (long) n * size(t);
          int at = add(id, -t); // primitive arrays: no references
          primBytes[at] = (long) n * size(t);
        }
        default -> throw new IllegalStateException("heap sub-record " + Integer.toHexString(sub));
      }
    }
  }
}
