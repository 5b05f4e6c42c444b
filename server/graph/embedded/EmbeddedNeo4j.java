import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.io.ByteUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in this JVM with only the Bolt connector open on 127.0.0.1, with
 * authentication on: the user neo4j's password is the content of PASSWORD_FILE, set at every start
 * so a new password in the file (or a store created without authentication) takes effect.
 * Usage: java -cp CLASSPATH EmbeddedNeo4j.java DATA_DIR PORT PAGECACHE PASSWORD_FILE TX_TOTAL_MAX TX_MAX
 * (sizes like 1g or 1536m; the launcher derives them from the machine's memory and the heap).
 * TX_TOTAL_MAX bounds the memory of all transactions together, TX_MAX that of one: a transaction
 * over either fails with Neo.TransientError.General.MemoryPoolOutOfMemoryError instead of the JVM
 * running out of heap.
 * Prints "ATTEST_NEO4J_READY <port>" once Bolt accepts connections, and shuts the store down
 * cleanly when stdin closes (the parent Node process died or let go) or on SIGTERM.
 */
public class EmbeddedNeo4j {
    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("usage: EmbeddedNeo4j DATA_DIR PORT PAGECACHE PASSWORD_FILE TX_TOTAL_MAX TX_MAX");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args[2];
        long transactionsTotalMax = ByteUnit.parse(args[4]);
        long transactionMax = ByteUnit.parse(args[5]);
        String password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            System.err.println("The password file " + args[3] + " is empty; delete it and a new password is generated");
            System.exit(2);
        }
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionsTotalMax)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMax)
                // Neo4j keeps 2 days of transaction logs by default: a 10,000-person load alone wrote 650 MB.
                // Nothing here reads old logs (no online backup in Community); recovery needs only those since
                // the last checkpoint, which Neo4j never prunes.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                // Bolt's two event loop groups each wait out a 5 s quiet period at shutdown, after every connection
                // is closed and the stores are checkpointed: 10 of the 11 s a stop took. Neo4j's own test builder sets 0.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        Thread shutdown = new Thread(dbms::shutdown, "attest-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        // Transactions of the embedded API are not authenticated, so this sets the password whatever it was.
        // ALTER USER would refuse the password already set; replacing the user makes every start alike.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CREATE OR REPLACE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));

        // Touch the default database so the store is fully started before we announce readiness.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("ATTEST_NEO4J_READY " + port);
        System.out.flush();

        boolean watchStdin = !"0".equals(System.getenv("ATTEST_NEO4J_WATCH_STDIN"));
        if (watchStdin) {
            // The parent holds our stdin open; EOF means it is gone, so no orphan JVM is left behind.
            while (System.in.read() != -1) {
                // ignore input
            }
            System.exit(0);
        } else {
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
