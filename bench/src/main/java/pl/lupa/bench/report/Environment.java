package pl.lupa.bench.report;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a benchmark ran: numbers mean little without the machine, the JVM and its flags, and the
 * exact command that produced them. The system load before and after shows whether something
 * else was competing for the cores.
 *
 * @param loadBefore one-minute load average when the run started, or -1 where unknown
 * @param loadAfter  the same when it ended
 */
public record Environment(
        int cores,
        String os,
        String cpu,
        long maxHeapBytes,
        String jvm,
        String gc,
        List<String> jvmFlags,
        String command,
        String date,
        double loadBefore,
        double loadAfter) {

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static Environment current(String command, double loadBefore) {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return new Environment(
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " / "
                        + System.getProperty("os.arch"),
                cpuModel(),
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                gc,
                List.copyOf(runtime.getInputArguments()),
                command,
                ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                loadBefore,
                loadAverage());
    }

    /** The CPU's model name from the Linux kernel; "unknown" elsewhere. */
    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not readable here: the report says unknown
        }
        return "unknown";
    }
}
