package cn.liaocheng.jobs.platform;

import org.springframework.context.ApplicationContext;

/** Stops and starts a portal's embedded PostgreSQL, for tests of what people see while the database is gone. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Stops the database as a crash or an administrator would; the data and the port stay. */
    public static void stop(ApplicationContext portal) {
        portal.getBean(EmbeddedPostgresServer.class).stop();
    }

    /** Starts it again, on the same port with the same data; the portal's pool finds it by itself. */
    public static void start(ApplicationContext portal) {
        portal.getBean(EmbeddedPostgresServer.class).start();
    }
}
