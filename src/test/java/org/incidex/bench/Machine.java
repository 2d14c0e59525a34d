package org.incidex.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.incidex.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a run is on, and the memory of a JVM process (heap used after a full GC, resident set). */
final class Machine {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private Machine() {}

    record Memory(long heapUsedMb, long rssMb) {}

    static ObjectNode describe() {
        ObjectNode m = Json.mapper().createObjectNode();
        int cores = Runtime.getRuntime().availableProcessors();
        String cpu = "";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: the summary says less
        }
        String load = "";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            // not Linux
        }
        m.put("cores", cores);
        m.put("cpu", cpu);
        m.put("memGb", Math.round(memKb / 1e5) / 10.0);
        m.put("java", Runtime.version().toString());
        m.put("loadAtStart", load);
        m.put("summary", cores + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")") + ", " + Math.round(memKb / 1e6)
                + " GB, Java " + Runtime.version().feature() + ", load " + load + " at start");
        return m;
    }

    /** Heap used after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}) and VmRSS of process {@code pid}. */
    static Memory memoryOf(long pid) {
        long heap = -1;
        long rss = -1;
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            run(jcmd, String.valueOf(pid), "GC.run");
            Matcher m = USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
            if (m.find()) heap = Long.parseLong(m.group(1)) / 1024;
            rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("memory of pid " + pid + " not read: " + e);
        }
        return new Memory(heap, rss);
    }

    /** Peak resident set (VmHWM) of a running process in MB, or -1 when it cannot be read (gone, not Linux). */
    static long peakRssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
