package org.xinyidai.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A test-only DataSource that refuses a second connection to a thread already holding one: a query run inside
 * another query's row mapper (or a REQUIRES_NEW inside a transaction) makes a request wait for two pooled
 * connections at once, and a handful of such requests stall the whole pool. Within one transaction Spring hands
 * out the same connection again, which is fine and not counted here.
 *
 * <p>Armed once the application is ready, so start-up work (Flyway, demo data) is not judged. One exception:
 * Spring Modulith's event publication registry marks a synchronous after-commit listener's publication in a
 * transaction of its own while the committed transaction's connection is still bound (SmsNotifier); that
 * bookkeeping is let through until such listeners run asynchronously. Everything else is refused.
 */
public class OneConnectionPerThread extends DelegatingDataSource {

    private final Map<Thread, AtomicInteger> held = new ConcurrentHashMap<>();
    private volatile boolean armed;

    public OneConnectionPerThread(DataSource target) {
        super(target);
    }

    public void arm() {
        armed = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(() -> super.getConnection(username, password));
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    private Connection guarded(Opening opening) throws SQLException {
        Thread thread = Thread.currentThread();
        AtomicInteger count = held.computeIfAbsent(thread, t -> new AtomicInteger());
        if (armed && count.get() > 0) {
            throw new IllegalStateException("Thread '" + thread.getName() + "' asked for a second database connection"
                    + " while holding one: a query inside another query's row mapper, a repository called per row,"
                    + " or a new transaction inside an open one. Read the rows first (or batch the lookups) and"
                    + " query after; a request must never need two connections at once.");
        }
        Connection connection = opening.open();
        count.incrementAndGet();
        return counted(connection, thread, count);
    }


    /** The connection, counting its close against the thread that opened it. */
    private Connection counted(Connection connection, Thread owner, AtomicInteger count) {
        AtomicInteger closed = new AtomicInteger();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && closed.getAndIncrement() == 0) {
                        if (count.decrementAndGet() == 0) {
                            held.remove(owner, count);
                        }
                    }
                    if ("unwrap".equals(method.getName()) && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
    }
}
