import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.internal.batchimport.cache.idmapping.string.DuplicateInputIdException;
import org.neo4j.internal.batchimport.input.InputException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Builds the database `neo4j` of the DBMS home DATA_DIR/neo4j (EmbeddedNeo4j.java's home) from CSV
 * files with Neo4j's offline importer (`neo4j-admin database import full`), all or nothing.
 * Usage: java -cp CLASSPATH BulkImport.java DATA_DIR OFF_HEAP_MAX --array-delimiter=U+XXXX --multiline-fields=BOOL
 *        --nodes=LABELS=FILES... --relationships=TYPE=FILES...
 *
 * The importer writes into a DBMS home of its own, DATA_DIR/neo4j-import-staging/neo4j, which only
 * replaces DATA_DIR/neo4j once the import succeeded: on failure the tool leaves its half-written
 * store behind ("likely in an unusable state"), and a killed import leaves only the staging
 * directory, which nothing opens and the next import deletes.
 *
 * The settings are strict: one bad value, duplicate node id or relationship to a missing node fails
 * the whole import. The CSV dialect (array delimiter, multiline fields) is the caller's
 * (bulk-import-format.ts), which writes the files.
 *
 * The caller (bulk-import.ts) holds DATA_DIR's launcher lock meanwhile, so no Neo4j starts on it
 * and no other import runs there.
 *
 * Prints the tool's progress and summary on stdout; on failure one short line on stderr (file, line,
 * what was wrong) and exits 1; exits 3 when refusing because the database holds a store, 2 on bad usage.
 */
public class BulkImport {
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BulkImport DATA_DIR OFF_HEAP_MAX [--array-delimiter=… --multiline-fields=…] --nodes=LABELS=FILES... [--relationships=TYPE=FILES...]");
            System.exit(USAGE);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        String offHeapMax = args[1];
        List<String> inputGroups = List.of(args).subList(2, args.length);
        for (String group : inputGroups) {
            if (!group.startsWith("--nodes=") && !group.startsWith("--relationships=")
                    && !group.startsWith("--array-delimiter=") && !group.startsWith("--multiline-fields=")) {
                System.err.println("Only the dialect and --nodes= and --relationships= groups may follow OFF_HEAP_MAX, not " + group);
                System.exit(USAGE);
            }
        }
        exitWhenParentGoes();
        Files.createDirectories(dataDir);
        Path home = dataDir.resolve("neo4j");
        Path staging = dataDir.resolve("neo4j-import-staging");
        Path replaced = dataDir.resolve("neo4j-replaced-by-import");

        if (holdsStore(home)) {
            System.err.println("The database neo4j in " + home + " already holds a store; bulk import only builds a new "
                    + "database. Move the data directory aside to import into a fresh one.");
            System.exit(REFUSED);
        }
        // Left by an import killed before it finished or while it swapped homes: never opened by Neo4j.
        deleteRecursively(staging);
        deleteRecursively(replaced);
        Files.createDirectories(staging);

        String failure = runImporter(staging.resolve("neo4j"), staging.resolve("import.report"), offHeapMax, inputGroups);
        if (failure != null) {
            deleteRecursively(staging);
            System.err.println(failure);
            System.exit(FAILED);
        }
        moveIntoPlace(staging.resolve("neo4j"), home, replaced);
        deleteRecursively(staging);
        System.exit(0);
    }

    /**
     * The parent holds our stdin open and the data directory's launcher lock for us; EOF means it is
     * gone, and with it the lock, so Neo4j may start there: stop before swapping homes under it.
     * Halting leaves only the staging directory, which the next import deletes.
     */
    static void exitWhenParentGoes() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input
                }
            } catch (IOException e) {
                // the same as EOF
            }
            Runtime.getRuntime().halt(FAILED);
        }, "attest-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Runs `database import full neo4j` on the staging home; null on success, else a one-line description of the failure. */
    static String runImporter(Path stagingHome, Path report, String offHeapMax, List<String> inputGroups) {
        List<String> command = new ArrayList<>(List.of(
                "database", "import", "full", "neo4j",
                "--id-type=string",
                "--strict=true",
                "--bad-tolerance=0",
                "--skip-bad-relationships=false",
                "--skip-duplicate-nodes=false",
                "--ignore-extra-columns=false",
                "--max-off-heap-memory=" + offHeapMax,
                "--report-file=" + report));
        command.addAll(inputGroups);

        // The tool's stderr says little (a warning about the store it left, ours being discarded, and a
        // pointer to --verbose), so it is kept aside; its exception says what was wrong. Running the
        // parsed command's execute() is what AbstractCommand.call() does, minus catching that exception.
        ByteArrayOutputStream toolErrors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(toolErrors, true, StandardCharsets.UTF_8);
        PrintStream stderr = System.err;
        ExecutionContext context = new ExecutionContext(stagingHome, stagingHome.resolve("conf"), System.out, err, new DefaultFileSystemAbstraction());
        System.setErr(err);
        try {
            CommandLine.ParseResult parsed = AdminTool.getCommandLine(context).parseArgs(command.toArray(String[]::new));
            while (parsed.hasSubcommand()) parsed = parsed.subcommand();
            ((ImportCommand.Full) parsed.commandSpec().userObject()).execute();
            return null;
        } catch (Exception failure) {
            return describe(failure);
        } finally {
            System.out.flush();
            System.setErr(stderr);
        }
    }

    private static final Pattern SOURCE = Pattern.compile("\\[source:(.*?), position:\\d+, line:(\\d+)\\]");
    /** NAME:TYPE:COLUMN_INDEX, e.g. "score:long:3". */
    private static final Pattern FIELD = Pattern.compile("in field: (.*?)(?::\\d+)?$", Pattern.MULTILINE);
    private static final Pattern RAW_VALUE = Pattern.compile("raw field value: (.*)");
    private static final Pattern ORIGINAL_ERROR = Pattern.compile("original error: (.*)");

    /**
     * One line from the importer's exception: "FILE line N: what was wrong". The tool counts lines
     * from 0 with the header as line 0; this counts from 1 like an editor does.
     */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateInputIdException) return "Duplicate node id: " + tidy(cause.getMessage());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (!(cause instanceof InputException) || message == null) continue;
            Matcher source = SOURCE.matcher(message);
            Matcher original = ORIGINAL_ERROR.matcher(message);
            if (!source.find() || !original.find()) continue;
            String where = source.group(1) + " line " + (Long.parseLong(source.group(2)) + 1);
            String what = tidy(original.group(1));
            Matcher field = FIELD.matcher(message);
            Matcher raw = RAW_VALUE.matcher(message);
            // A relationship to a missing node names the row's last field, which is not what was wrong.
            if (what.contains("referring to missing node") || !field.find()) return where + ": " + what;
            return where + ", field " + field.group(1) + (raw.find() ? " (\"" + raw.group(1) + "\")" : "") + ": " + what;
        }
        Throwable root = failure;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : tidy(root.getMessage());
        return lastLines(message, 5);
    }

    private static String tidy(String message) {
        return message.replace(" (global id space)", "").replace(" in group 'global id space'", "").strip();
    }

    private static String lastLines(String text, int count) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - count), lines.length));
    }

    /** A store or transaction logs of the database neo4j, beyond the lock file Neo4j leaves in an empty one. */
    static boolean holdsStore(Path home) throws IOException {
        Path data = home.resolve("data");
        return holdsFiles(data.resolve("databases").resolve("neo4j")) || holdsFiles(data.resolve("transactions").resolve("neo4j"));
    }

    private static boolean holdsFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return false;
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(entry -> !entry.getFileName().toString().equals("database_lock"));
        }
    }

    /**
     * Replaces HOME with the imported home by renames within DATA_DIR, each atomic. A home without a
     * store of neo4j (say, one whose first start failed) is set aside first: killed between the two
     * renames, DATA_DIR has no home and Neo4j starts an empty one, as it would have.
     */
    static void moveIntoPlace(Path importedHome, Path home, Path replaced) throws IOException {
        if (Files.exists(home)) Files.move(home, replaced, StandardCopyOption.ATOMIC_MOVE);
        Files.move(importedHome, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(replaced);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(entry);
        }
    }

}
