package cn.liaocheng.jobs.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL inside the JVM when no database URL is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine without installing a server.
 * With {@code SPRING_DATASOURCE_URL} set, Spring Boot's own DataSource is used and nothing starts here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoDatasourceUrl.class)
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(@Value("${portal.embedded-postgres.data-directory:}") String dataDirectory) {
        // A data directory is kept across restarts: a person's draft must survive the portal being restarted.
        var server = dataDirectory.isBlank()
                ? EmbeddedPostgresServer.temporary()
                : EmbeddedPostgresServer.kept(Path.of(dataDirectory));
        server.start();
        log.info("Embedded PostgreSQL started on port {} (data: {})", server.port(),
                server.durable() ? server.dataDirectory() + ", fsync on" : "temporary, fsync off");
        return server;
    }

    /** The pool takes the same spring.datasource.hikari settings as an external database's would. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.jdbcUrl())
                .username(EmbeddedPostgresServer.USER)
                .password(postgres.password())
                .build();
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
