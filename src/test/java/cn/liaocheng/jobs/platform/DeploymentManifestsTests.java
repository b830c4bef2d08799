package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.documents.DocumentService;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes} against what the portal really does: its port, its probe
 * endpoints, its shutdown phase, the environment variables it reads, the user of its image. The schema check is
 * {@code scripts/validate-kubernetes.sh}; this test holds the parts together, so that changing one side without the
 * other fails here rather than in the city's cluster.
 */
class DeploymentManifestsTests {

    private static final Path MANIFESTS = Path.of("deploy/kubernetes");
    private static final String TEMPLATE = "secret.template.yaml";

    /** Every object by kind; each kind appears once in these manifests. */
    private static final Map<String, Map<String, Object>> byKind = new HashMap<>();
    private static final Properties application = new Properties();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document == null) {
                            continue;
                        }
                        var object = asMap(document);
                        var kind = (String) object.get("kind");
                        assertThat(byKind.put(kind, object)).as("one %s in the manifests", kind).isNull();
                    }
                }
            }
        }
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(reader);
        }
    }

    @Test
    void kustomize_applies_every_manifest_but_the_secret_template() throws IOException {
        List<String> listed = strings(at(byKind.get("Kustomization"), "resources"));
        var onDisk = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(onDisk::add);
        }
        onDisk.remove("kustomization.yaml");
        onDisk.remove(TEMPLATE);
        assertThat(new TreeSet<>(listed)).isEqualTo(onDisk);
    }

    @Test
    void the_container_port_is_the_portals_port_and_the_service_and_ingress_reach_it() {
        var container = container();
        var port = asMap(first(at(container, "ports")));
        var serverPort = defaultOf(application.getProperty("server.port"), "PORT");
        assertThat(port.get("containerPort")).isEqualTo(Integer.parseInt(serverPort));
        assertThat(at(byKind.get("ConfigMap"), "data", "PORT")).isEqualTo(serverPort);

        var servicePort = asMap(first(at(byKind.get("Service"), "spec", "ports")));
        assertThat(servicePort.get("targetPort")).isEqualTo(port.get("name"));
        var backend = asMap(at(asMap(first(at(asMap(first(at(byKind.get("Ingress"), "spec", "rules"))), "http",
                "paths"))), "backend", "service"));
        assertThat(backend.get("name")).isEqualTo(at(byKind.get("Service"), "metadata", "name"));
        assertThat(at(backend, "port", "name")).isEqualTo(servicePort.get("name"));
    }

    @Test
    void the_image_runs_as_the_user_and_on_the_port_of_the_manifests() throws IOException {
        var dockerfile = Files.readString(Path.of("Dockerfile"));
        var user = find(dockerfile, "(?m)^USER (\\d+):(\\d+)$");
        var pod = asMap(at(deployment(), "spec", "template", "spec", "securityContext"));
        assertThat(pod.get("runAsNonRoot")).isEqualTo(true);
        assertThat(pod.get("runAsUser")).isEqualTo(Integer.parseInt(user.group(1)));
        assertThat(pod.get("runAsGroup")).isEqualTo(Integer.parseInt(user.group(2)));
        assertThat(pod.get("fsGroup")).as("the documents volume is writable for that group")
                .isEqualTo(Integer.parseInt(user.group(2)));
        assertThat(find(dockerfile, "(?m)^EXPOSE (\\d+)$").group(1))
                .isEqualTo(String.valueOf(asMap(first(at(container(), "ports"))).get("containerPort")));
        assertThat(find(dockerfile, "(?m)^ENV PORTAL_DATA_DIR=(\\S+)").group(1))
                .isEqualTo(at(byKind.get("ConfigMap"), "data", "PORTAL_DATA_DIR"));
    }

    @Test
    void probes_ask_the_actuators_probe_groups_which_the_portal_exposes() {
        assertThat(application.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(List.of(application.getProperty("management.endpoints.web.exposure.include").split("\\s*,\\s*")))
                .containsAnyOf("health", "*");
        var container = container();
        var portName = asMap(first(at(container, "ports"))).get("name");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        for (var probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(at(container, probe, "httpGet", "port")).as(probe).isEqualTo(portName);
        }
    }

    @Test
    void kubernetes_waits_longer_than_the_pause_and_the_graceful_shutdown_together() {
        assertThat(application.getProperty("server.shutdown")).isEqualTo("graceful");
        var shutdownPhase = DurationStyle.detectAndParse(application.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
        List<String> preStop = strings(at(container(), "lifecycle", "preStop", "exec", "command"));
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        var pause = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
        assertThat(pause).as("long enough for ingress-nginx to stop routing").isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        var grace = Duration.ofSeconds((Integer) at(deployment(), "spec", "template", "spec", "terminationGracePeriodSeconds"));
        assertThat(grace).isGreaterThan(pause.plus(shutdownPhase).plusSeconds(5));
    }

    @Test
    void rolling_updates_disruptions_and_scaling_keep_two_replicas_of_the_same_pods() {
        var deployment = deployment();
        assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat(at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        Map<String, Object> selector = asMap(at(deployment, "spec", "selector", "matchLabels"));
        assertThat(asMap(at(deployment, "spec", "template", "metadata", "labels"))).containsAllEntriesOf(selector);
        assertThat(asMap(at(byKind.get("Service"), "spec", "selector"))).isEqualTo(selector);

        var budget = byKind.get("PodDisruptionBudget");
        assertThat(at(budget, "spec", "minAvailable")).isEqualTo(1);
        assertThat(asMap(at(budget, "spec", "selector", "matchLabels"))).isEqualTo(selector);

        var autoscaler = byKind.get("HorizontalPodAutoscaler");
        assertThat(at(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(at(autoscaler, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(at(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(at(deployment, "metadata", "name"));
        assertThat((Integer) at(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat(at(asMap(first(at(autoscaler, "spec", "metrics"))), "resource", "name")).isEqualTo("cpu");
        assertThat(at(container(), "resources", "requests", "cpu")).as("utilisation is measured against it").isNotNull();
    }

    @Test
    void only_the_ingress_and_prometheus_reach_the_pods_and_they_reach_only_dns_the_database_and_https() {
        var policy = byKind.get("NetworkPolicy");
        assertThat(asMap(at(policy, "spec", "podSelector", "matchLabels")))
                .isEqualTo(asMap(at(deployment(), "spec", "selector", "matchLabels")));
        assertThat(strings(at(policy, "spec", "policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");

        List<?> ingress = (List<?>) at(policy, "spec", "ingress");
        assertThat(ingress).hasSize(1);
        var from = asMap(ingress.getFirst());
        assertThat(((List<?>) from.get("from")).stream()
                .map(peer -> at(asMap(peer), "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")))
                .containsExactlyInAnyOrder("ingress-nginx", "monitoring");
        var containerPort = asMap(first(at(container(), "ports")));
        assertThat(at(asMap(first(from.get("ports"))), "port")).isEqualTo(containerPort.get("name"));

        var egressPorts = new TreeSet<String>();
        for (Object rule : (List<?>) at(policy, "spec", "egress")) {
            for (Object port : (List<?>) asMap(rule).get("ports")) {
                egressPorts.add(asMap(port).get("port") + "/" + asMap(port).get("protocol"));
            }
        }
        assertThat(egressPorts).containsExactlyInAnyOrder("53/UDP", "53/TCP", "5432/TCP", "443/TCP");
    }

    @Test
    void memory_is_reserved_as_it_is_limited_and_leaves_room_beside_the_heap() {
        var resources = asMap(at(container(), "resources"));
        var limit = (String) at(resources, "limits", "memory");
        assertThat(at(resources, "requests", "memory")).isEqualTo(limit);
        var options = ((List<?>) at(container(), "env")).stream().map(DeploymentManifestsTests::asMap)
                .filter(v -> v.get("name").equals("JAVA_TOOL_OPTIONS")).map(v -> (String) v.get("value"))
                .findFirst().orElseThrow();
        // A fixed heap: -Xmx beats the image's -XX:MaxRAMPercentage on the command line, a percentage here would not.
        assertThat(options).doesNotContain("RAMPercentage");
        long heapMebibytes = Long.parseLong(find(options, "-Xmx(\\d+)m").group(1));
        long limitMebibytes = Long.parseLong(find(limit, "^(\\d+)Mi$").group(1));
        assertThat(limitMebibytes - heapMebibytes).as("metaspace, code cache, GC, threads: ~260 MB measured, and growth")
                .isGreaterThanOrEqualTo(400);
    }

    @Test
    void the_ingress_keeps_a_person_on_one_replica_for_longer_than_a_session() {
        Map<String, Object> annotations = asMap(at(byKind.get("Ingress"), "metadata", "annotations"));
        var prefix = "nginx.ingress.kubernetes.io/";
        assertThat(annotations.get(prefix + "affinity")).isEqualTo("cookie");
        assertThat(annotations.get(prefix + "affinity-mode")).isEqualTo("persistent");
        assertThat((String) annotations.get(prefix + "session-cookie-name")).isNotBlank()
                .isNotEqualToIgnoringCase("JSESSIONID");
        var session = DurationStyle.detectAndParse(application.getProperty("server.servlet.session.timeout"));
        for (var lifetime : List.of("session-cookie-expires", "session-cookie-max-age")) {
            assertThat(Duration.ofSeconds(Long.parseLong((String) annotations.get(prefix + lifetime))))
                    .as(lifetime).isGreaterThan(session);
        }
        assertThat(Long.parseLong((String) annotations.get(prefix + "proxy-read-timeout")))
                .as("longer than nginx's default 60 s").isGreaterThan(60);
        var bodySize = (String) annotations.get(prefix + "proxy-body-size");
        assertThat(bodySize).endsWith("m");
        assertThat(Long.parseLong(bodySize.substring(0, bodySize.length() - 1)) * 1024 * 1024)
                .as("a document of the largest size gets through").isGreaterThan(DocumentService.MAX_BYTES);
    }

    @Test
    void the_environment_comes_from_the_config_map_and_the_secret_and_names_only_what_the_portal_reads() {
        var container = container();
        var configMap = byKind.get("ConfigMap");
        var secret = byKind.get("Secret");
        var sources = new LinkedHashSet<String>();
        for (Object source : (List<?>) at(container, "envFrom")) {
            var ref = asMap(source);
            if (ref.containsKey("configMapRef")) {
                assertThat(at(ref, "configMapRef", "name")).isEqualTo(at(configMap, "metadata", "name"));
                sources.add("configMap");
            } else {
                assertThat(at(ref, "secretRef", "name")).isEqualTo(at(secret, "metadata", "name"));
                sources.add("secret");
            }
        }
        assertThat(sources).containsExactly("configMap", "secret");

        Map<String, Object> config = asMap(at(configMap, "data"));
        Map<String, Object> secrets = asMap(at(secret, "stringData"));
        assertThat(secrets).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "PORTAL_ENCRYPTION_KEY", "PORTAL_ADMIN_PHONE");
        assertThat(secrets.values()).as("a template holds no real values")
                .allSatisfy(value -> assertThat((String) value).startsWith("REPLACE"));
        assertThat(config.keySet()).as("secrets stay out of the config map")
                .noneMatch(name -> name.matches(".*(PASSWORD|SECRET|_KEY$|PHONE).*"));
        assertThat(config).doesNotContainKeys("SPRING_PROFILES_ACTIVE", "PORTAL_VERIFICATION_SHOW_CODES",
                "PORTAL_MESSAGES_LOG");

        var readByThePortal = placeholders();
        var smsNames = readByThePortal.stream().filter(n -> n.startsWith("PORTAL_SMS_")).toList();
        var names = new ArrayList<String>(config.keySet());
        names.addAll(secrets.keySet());
        for (Object variable : (List<?>) at(container, "env")) {
            names.add((String) asMap(variable).get("name"));
        }
        for (var name : names) {
            if (name.startsWith("SPRING_DATASOURCE_") || name.equals("JAVA_TOOL_OPTIONS")) {
                continue; // read by Spring Boot's relaxed binding and by the JVM
            }
            if (name.startsWith("PORTAL_SMS_") && smsNames.isEmpty()) {
                continue; // reserved for the SMS provider, until the portal reads such names
            }
            assertThat(readByThePortal).as("%s is read by application.properties (rename it in the manifests if the "
                    + "portal calls it otherwise)", name).contains(name);
        }
    }

    @Test
    void the_root_filesystem_is_read_only_and_what_the_portal_writes_is_mounted() {
        var container = container();
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        var mounts = new HashMap<String, String>();
        for (Object mount : (List<?>) at(container, "volumeMounts")) {
            mounts.put((String) asMap(mount).get("mountPath"), (String) asMap(mount).get("name"));
        }
        assertThat(mounts).containsKey("/tmp");
        var dataDir = (String) at(byKind.get("ConfigMap"), "data", "PORTAL_DATA_DIR");
        assertThat(mounts).containsKey(dataDir);
        var documentsVolume = ((List<?>) at(deployment(), "spec", "template", "spec", "volumes")).stream()
                .map(DeploymentManifestsTests::asMap).filter(v -> v.get("name").equals(mounts.get(dataDir)))
                .findFirst().orElseThrow();
        var claim = byKind.get("PersistentVolumeClaim");
        assertThat(at(documentsVolume, "persistentVolumeClaim", "claimName")).isEqualTo(at(claim, "metadata", "name"));
        assertThat(strings(at(claim, "spec", "accessModes"))).as("every replica reads and writes the same documents")
                .containsExactly("ReadWriteMany");
        assertThat(application.getProperty("portal.documents.directory")).startsWith("${PORTAL_DATA_DIR:");
    }

    /** Environment variables that application.properties reads, {@code ${NAME} or ${NAME:default}}. */
    private static Set<String> placeholders() {
        var names = new TreeSet<String>();
        var matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[}:]").matcher(String.join("\n",
                application.stringPropertyNames().stream().map(application::getProperty).toList()));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String defaultOf(String value, String variable) {
        var matcher = find(value, "^\\$\\{" + variable + ":(\\d+)}$");
        return matcher.group(1);
    }

    private static Matcher find(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text.length() > 80 ? "the file" : text).isTrue();
        return matcher;
    }

    private static Map<String, Object> deployment() {
        return byKind.get("Deployment");
    }

    private static Map<String, Object> container() {
        List<?> containers = (List<?>) at(deployment(), "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return asMap(containers.getFirst());
    }

    private static Object at(Object object, String... path) {
        assertThat(object).as("the manifest object holding %s", String.join(".", path)).isNotNull();
        Object current = object;
        for (var key : path) {
            assertThat(current).as(String.join(".", path)).isInstanceOf(Map.class);
            current = ((Map<?, ?>) current).get(key);
            assertThat(current).as("%s (at %s)", String.join(".", path), key).isNotNull();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object object) {
        assertThat(object).isInstanceOf(Map.class);
        return (Map<String, Object>) object;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object object) {
        assertThat(object).isInstanceOf(List.class);
        return (List<String>) object;
    }

    private static Object first(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).getFirst();
    }
}
