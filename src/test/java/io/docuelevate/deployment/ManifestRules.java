package io.docuelevate.deployment;

import static io.docuelevate.deployment.Cluster.orEmpty;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The production rules of {@code ProductionReadiness.md} (sections 1, 2, 4, 6, 9, 10) and of the
 * deployment issue, as checks over rendered manifests. Each rule returns its violations, prefixed
 * with the rule's name, so a test can show that a broken manifest is caught by the right rule.
 */
final class ManifestRules {

    static final String MIGRATE_COMMAND = "/opt/docuelevate/bin/docuelevate-migrate";

    /** Names whose values are secrets: they must come from a Secret by secretKeyRef, never inline or from a ConfigMap. */
    static final Pattern SENSITIVE = Pattern.compile(
            "(?i)^(DATABASE_URL|REDIS_URL|AWS_ACCESS_KEY_ID|.*PASSWORD.*|.*SECRET.*|.*_TOKEN|.*_KEY|.*API_KEY.*|.*CREDENTIALS.*|.*_AUTH)$");

    /** Guide section 10, "Resource Requests & Limits". */
    record Resources(String requestCpu, String requestMemory, String limitCpu, String limitMemory) {}

    static final Map<String, Resources> GUIDE_RESOURCES = Map.of(
            "api", new Resources("250m", "512Mi", "1000m", "2Gi"),
            "worker", new Resources("500m", "1Gi", "2000m", "4Gi"));

    static final Map<String, Function<Cluster, List<String>>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("app-deployments", ManifestRules::appDeployments);
        RULES.put("probes", ManifestRules::probes);
        RULES.put("resources", ManifestRules::resources);
        RULES.put("guide-resources", ManifestRules::guideResources);
        RULES.put("replicas", ManifestRules::replicas);
        RULES.put("pdb", ManifestRules::podDisruptionBudgets);
        RULES.put("workdir", ManifestRules::workdir);
        RULES.put("network-policies", ManifestRules::networkPolicies);
        RULES.put("secrets", ManifestRules::secrets);
        RULES.put("images", ManifestRules::images);
        RULES.put("migrate-ordering", ManifestRules::migrateOrdering);
        RULES.put("hpa", ManifestRules::hpa);
        RULES.put("security-context", ManifestRules::securityContext);
        RULES.put("ingress", ManifestRules::ingress);
        RULES.put("metrics-off-ingress", ManifestRules::metricsOffIngress);
        RULES.put("references", ManifestRules::references);
        RULES.put("namespace", ManifestRules::namespace);
        RULES.put("backup", ManifestRules::backup);
        RULES.put("stateful-services", ManifestRules::statefulServices);
    }

    private ManifestRules() {}

    static List<String> check(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        RULES.forEach((name, rule) -> rule.apply(cluster).forEach(v -> violations.add("[" + name + "] " + v)));
        return violations;
    }

    // --- the rules -------------------------------------------------------------------------------

    static List<String> appDeployments(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (String role : List.of("api", "worker")) {
            Optional<Deployment> deployment = cluster.appDeployment(role);
            if (deployment.isEmpty()) {
                violations.add("no DocuElevate Deployment with component " + role);
                continue;
            }
            Container app = appContainer(deployment.get());
            if (!role.equals(envValue(app, "DOCUELEVATE_ROLE"))) {
                violations.add(describe(deployment.get()) + ": DOCUELEVATE_ROLE must be " + role + ", is "
                        + envValue(app, "DOCUELEVATE_ROLE"));
            }
            if (role.equals("worker") && envValue(app, "WORKER_QUEUES") == null) {
                violations.add(describe(deployment.get()) + ": WORKER_QUEUES must say which queues it consumes");
            }
        }
        return violations;
    }

    static List<String> probes(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : cluster.appDeployments()) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = describe(deployment) + " container " + container.getName();
                checkProbe(violations, where, "startupProbe", container.getStartupProbe(), "/health/started");
                checkProbe(violations, where, "livenessProbe", container.getLivenessProbe(), "/health/live");
                checkProbe(violations, where, "readinessProbe", container.getReadinessProbe(), "/health/ready");
            }
        }
        return violations;
    }

    private static void checkProbe(List<String> violations, String where, String kind, Probe probe, String path) {
        if (probe == null || probe.getHttpGet() == null) {
            violations.add(where + ": no " + kind + " (HTTP GET " + path + ")");
        } else if (!path.equals(probe.getHttpGet().getPath())) {
            violations.add(where + ": " + kind + " must GET " + path + ", not "
                    + probe.getHttpGet().getPath());
        }
    }

    static List<String> resources(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Cluster.PodTemplate template : cluster.podTemplates()) {
            template.allContainers().forEach(container -> {
                String where = template.describe() + " container " + container.getName();
                ResourceRequirements resources = container.getResources();
                Map<String, Quantity> requests = resources == null ? Map.of() : orEmpty(resources.getRequests());
                Map<String, Quantity> limits = resources == null ? Map.of() : orEmpty(resources.getLimits());
                for (String resource : List.of("cpu", "memory")) {
                    if (!requests.containsKey(resource)) {
                        violations.add(where + ": no " + resource + " request");
                    }
                    if (!limits.containsKey(resource)) {
                        violations.add(where + ": no " + resource + " limit");
                    }
                    if (requests.containsKey(resource)
                            && limits.containsKey(resource)
                            && amount(requests.get(resource)).compareTo(amount(limits.get(resource))) > 0) {
                        violations.add(where + ": " + resource + " request above its limit");
                    }
                }
            });
        }
        return violations;
    }

    static List<String> guideResources(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        GUIDE_RESOURCES.forEach((role, guide) -> cluster.appDeployment(role).ifPresent(deployment -> {
            ResourceRequirements actual = appContainer(deployment).getResources();
            if (actual == null) {
                return;
            }
            compare(
                    violations,
                    deployment,
                    "requests.cpu",
                    orEmpty(actual.getRequests()).get("cpu"),
                    guide.requestCpu());
            compare(
                    violations,
                    deployment,
                    "requests.memory",
                    orEmpty(actual.getRequests()).get("memory"),
                    guide.requestMemory());
            compare(
                    violations,
                    deployment,
                    "limits.cpu",
                    orEmpty(actual.getLimits()).get("cpu"),
                    guide.limitCpu());
            compare(
                    violations,
                    deployment,
                    "limits.memory",
                    orEmpty(actual.getLimits()).get("memory"),
                    guide.limitMemory());
        }));
        return violations;
    }

    private static void compare(
            List<String> violations, Deployment deployment, String what, Quantity actual, String expected) {
        if (actual == null || amount(actual).compareTo(amount(new Quantity(expected))) != 0) {
            violations.add(
                    describe(deployment) + ": " + what + " must be " + expected + " (production guide), is " + actual);
        }
    }

    static List<String> replicas(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (String role : List.of("api", "worker")) {
            cluster.appDeployment(role).ifPresent(deployment -> {
                Optional<HorizontalPodAutoscaler> hpa = hpaFor(cluster, deployment);
                Integer replicas = deployment.getSpec().getReplicas();
                if (hpa.isPresent()) {
                    Integer min = hpa.get().getSpec().getMinReplicas();
                    if (min == null || min < 2) {
                        violations.add(describe(deployment)
                                + ": its HorizontalPodAutoscaler must keep at least 2 replicas, minReplicas is " + min);
                    }
                    if (replicas != null) {
                        violations.add(
                                describe(deployment)
                                        + ": autoscaled, so it must not set replicas (each apply would reset the autoscaler's count)");
                    }
                } else if (replicas == null || replicas < 2) {
                    violations.add(describe(deployment) + ": at least 2 replicas required for redundancy, has "
                            + (replicas == null ? "1 (default)" : replicas));
                }
            });
        }
        return violations;
    }

    static List<String> podDisruptionBudgets(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (String role : List.of("api", "worker")) {
            cluster.appDeployment(role).ifPresent(deployment -> {
                Map<String, String> labels =
                        deployment.getSpec().getTemplate().getMetadata().getLabels();
                List<PodDisruptionBudget> budgets = cluster.all(PodDisruptionBudget.class).stream()
                        .filter(pdb -> Cluster.matches(pdb.getSpec().getSelector(), labels))
                        .toList();
                if (budgets.isEmpty()) {
                    violations.add(describe(deployment) + ": no PodDisruptionBudget selects its pods");
                }
                for (PodDisruptionBudget pdb : budgets) {
                    IntOrString minAvailable = pdb.getSpec().getMinAvailable();
                    IntOrString maxUnavailable = pdb.getSpec().getMaxUnavailable();
                    boolean keepsOne = (minAvailable != null && !isZero(minAvailable))
                            || (maxUnavailable != null && !isZero(maxUnavailable));
                    if (!keepsOne) {
                        violations.add(describe(pdb) + ": must set a non-zero minAvailable or maxUnavailable");
                    }
                }
            });
        }
        return violations;
    }

    static List<String> workdir(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<PersistentVolumeClaim> rwx = cluster.all(PersistentVolumeClaim.class).stream()
                .filter(pvc -> orEmpty(pvc.getSpec().getAccessModes()).contains("ReadWriteMany"))
                .toList();
        if (rwx.isEmpty()) {
            violations.add("no ReadWriteMany PersistentVolumeClaim for the shared work directory");
            return violations;
        }
        Optional<String> workdir = cluster.configValue("WORKDIR");
        if (workdir.isEmpty()) {
            violations.add("no WORKDIR in the ConfigMap");
        }
        for (String role : List.of("api", "worker")) {
            cluster.appDeployment(role).ifPresent(deployment -> {
                List<String> rwxVolumes = orEmpty(
                                deployment.getSpec().getTemplate().getSpec().getVolumes())
                        .stream()
                        .filter(v -> v.getPersistentVolumeClaim() != null)
                        .filter(v -> rwx.stream()
                                .anyMatch(pvc -> pvc.getMetadata()
                                        .getName()
                                        .equals(v.getPersistentVolumeClaim().getClaimName())))
                        .map(Volume::getName)
                        .toList();
                Container app = appContainer(deployment);
                boolean mounted = orEmpty(app.getVolumeMounts()).stream()
                        .anyMatch(m -> rwxVolumes.contains(m.getName())
                                && workdir.map(m.getMountPath()::equals).orElse(false)
                                && !Boolean.TRUE.equals(m.getReadOnly()));
                if (!mounted) {
                    violations.add(describe(deployment) + ": must mount the ReadWriteMany claim read-write at WORKDIR "
                            + workdir.orElse("?"));
                }
            });
        }
        return violations;
    }

    static List<String> networkPolicies(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<Cluster.PodTemplate> templates = cluster.podTemplates();
        for (StatefulSet service : cluster.all(StatefulSet.class)) {
            Map<String, String> labels =
                    service.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicy> policies = cluster.all(NetworkPolicy.class).stream()
                    .filter(np -> Cluster.matches(np.getSpec().getPodSelector(), labels))
                    .filter(np -> orEmpty(np.getSpec().getPolicyTypes()).contains("Ingress"))
                    .toList();
            if (policies.isEmpty()) {
                violations.add(describe(service) + ": no NetworkPolicy restricts who may connect to it");
                continue;
            }
            for (NetworkPolicy policy : policies) {
                if (orEmpty(policy.getSpec().getPodSelector().getMatchLabels()).isEmpty()
                        && orEmpty(policy.getSpec().getPodSelector().getMatchExpressions())
                                .isEmpty()) {
                    violations.add(describe(policy) + ": empty podSelector applies to every pod of the namespace");
                }
                for (NetworkPolicyIngressRule rule : orEmpty(policy.getSpec().getIngress())) {
                    if (orEmpty(rule.getFrom()).isEmpty()) {
                        violations.add(describe(policy) + ": an ingress rule without 'from' admits everybody");
                    }
                    for (NetworkPolicyPeer peer : orEmpty(rule.getFrom())) {
                        if (peer.getNamespaceSelector() != null
                                || peer.getIpBlock() != null
                                || peer.getPodSelector() == null) {
                            violations.add(
                                    describe(policy)
                                            + ": peers must be podSelectors of this namespace only (no namespaceSelector or ipBlock)");
                            continue;
                        }
                        LabelSelector selector = peer.getPodSelector();
                        List<String> admitted = templates.stream()
                                .filter(t -> Cluster.matches(selector, t.labels()))
                                .map(t -> t.isApp() ? t.component() : t.describe())
                                .distinct()
                                .toList();
                        if (admitted.isEmpty() || !Set.of("api", "worker").containsAll(admitted)) {
                            violations.add(describe(policy)
                                    + ": must admit only the DocuElevate api and worker pods, admits " + admitted);
                        }
                        if (Cluster.matches(selector, Map.of(Cluster.COMPONENT_LABEL, "api"))
                                || Cluster.matches(selector, Map.of())) {
                            violations.add(describe(policy)
                                    + ": its podSelector must require DocuElevate's name label, not only a component");
                        }
                    }
                }
            }
        }
        return violations;
    }

    static List<String> secrets(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Secret secret : cluster.all(Secret.class)) {
            violations.add(
                    describe(secret) + ": Secrets must not be part of the applied manifests (values would be in git); "
                            + (orEmpty(secret.getData()).isEmpty()
                                            && orEmpty(secret.getStringData()).isEmpty()
                                    ? "reference it by name"
                                    : "it has data"));
        }
        for (ConfigMap configMap : cluster.all(ConfigMap.class)) {
            orEmpty(configMap.getData()).forEach((key, value) -> {
                if (SENSITIVE.matcher(key).matches()) {
                    violations.add(describe(configMap) + ": " + key + " is a secret and must come from a Secret");
                }
                if (hasInlineCredentials(value)) {
                    violations.add(describe(configMap) + ": " + key + " carries credentials in a URL");
                }
            });
        }
        for (Cluster.PodTemplate template : cluster.podTemplates()) {
            template.allContainers().forEach(container -> {
                String where = template.describe() + " container " + container.getName();
                for (EnvVar env : orEmpty(container.getEnv())) {
                    boolean fromSecret =
                            env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                    if (SENSITIVE.matcher(env.getName()).matches() && !fromSecret) {
                        violations.add(where + ": " + env.getName() + " must come from a Secret (secretKeyRef)");
                    }
                    if (env.getValue() != null && hasInlineCredentials(env.getValue())) {
                        violations.add(where + ": " + env.getName() + " carries credentials in a URL");
                    }
                }
                for (EnvFromSource source : orEmpty(container.getEnvFrom())) {
                    if (source.getSecretRef() != null) {
                        violations.add(where + ": envFrom a whole Secret; reference each key with secretKeyRef");
                    }
                }
                for (String arg : concat(container.getCommand(), container.getArgs())) {
                    if (hasInlineCredentials(arg) || arg.matches("(?i).*bearer\\s+(?!\\$\\()\\S+.*")) {
                        violations.add(where + ": credentials in command or args: " + arg);
                    }
                }
            });
        }
        return violations;
    }

    /** user:password@ in a URL whose password is not a $(VAR) reference expanded by Kubernetes. */
    static boolean hasInlineCredentials(String value) {
        return value != null && value.matches("(?s).*://[^/@\\s:]*:(?!\\$\\()[^/@\\s]+@.*");
    }

    static List<String> images(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Cluster.PodTemplate template : cluster.podTemplates()) {
            template.allContainers().forEach(container -> {
                String where = template.describe() + " container " + container.getName();
                String image = container.getImage();
                if (image == null || !ImageReference.parse(image).isPinned()) {
                    violations.add(where + ": image " + image + " must have a pinned tag (not latest, not missing)");
                }
                if (!"IfNotPresent".equals(container.getImagePullPolicy())) {
                    violations.add(
                            where + ": imagePullPolicy must be IfNotPresent, is " + container.getImagePullPolicy());
                }
            });
        }
        return violations;
    }

    static List<String> migrateOrdering(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (String role : List.of("api", "worker")) {
            cluster.appDeployment(role).ifPresent(deployment -> {
                Container app = appContainer(deployment);
                List<Container> inits =
                        orEmpty(deployment.getSpec().getTemplate().getSpec().getInitContainers());
                Optional<Container> migrate =
                        inits.stream().filter(ManifestRules::runsMigration).findFirst();
                if (migrate.isEmpty()) {
                    violations.add(describe(deployment) + ": no init container runs " + MIGRATE_COMMAND
                            + " before the server starts");
                } else {
                    if (!Objects.equals(migrate.get().getImage(), app.getImage())) {
                        violations.add(describe(deployment)
                                + ": the migrate init container must use the application's image " + app.getImage()
                                + ", not " + migrate.get().getImage());
                    }
                    if (!Objects.equals(secretRef(migrate.get(), "DATABASE_URL"), secretRef(app, "DATABASE_URL"))) {
                        violations.add(
                                describe(deployment)
                                        + ": the migrate init container must use the same DATABASE_URL Secret key as the server");
                    }
                }
                if (!"false".equals(envValue(app, "MIGRATE_ON_STARTUP"))) {
                    violations.add(describe(deployment)
                            + ": MIGRATE_ON_STARTUP must be \"false\" (migrations run before the server)");
                }
                IntOrString maxUnavailable = deployment.getSpec().getStrategy() == null
                                || deployment.getSpec().getStrategy().getRollingUpdate() == null
                        ? null
                        : deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
                if (maxUnavailable == null || !isZero(maxUnavailable)) {
                    violations.add(
                            describe(deployment)
                                    + ": rolling updates must keep old pods until new ones are migrated and ready (maxUnavailable: 0)");
                }
            });
        }
        List<Job> jobs = cluster.all(Job.class).stream()
                .filter(job -> job.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(ManifestRules::runsMigration))
                .toList();
        if (jobs.isEmpty()) {
            violations.add("no migrate Job runs " + MIGRATE_COMMAND);
        }
        String appImage = cluster.appDeployment("api")
                .map(d -> appContainer(d).getImage())
                .orElse(null);
        for (Job job : jobs) {
            Container container = job.getSpec().getTemplate().getSpec().getContainers().stream()
                    .filter(ManifestRules::runsMigration)
                    .findFirst()
                    .orElseThrow();
            if (!Objects.equals(container.getImage(), appImage)) {
                violations.add(describe(job) + ": must run the application's image " + appImage + ", not "
                        + container.getImage());
            }
            if (!"Never".equals(job.getSpec().getTemplate().getSpec().getRestartPolicy())) {
                violations.add(
                        describe(job)
                                + ": restartPolicy must be Never (a failed migration is a failed Job, retried by backoffLimit)");
            }
            if (job.getSpec().getBackoffLimit() == null) {
                violations.add(describe(job) + ": set backoffLimit");
            }
            if (!"PreSync".equals(orEmpty(job.getMetadata().getAnnotations()).get("argocd.argoproj.io/hook"))) {
                violations.add(describe(job) + ": must carry the argocd.argoproj.io/hook: PreSync annotation");
            }
        }
        return violations;
    }

    private static boolean runsMigration(Container container) {
        List<String> command = concat(container.getCommand(), container.getArgs());
        return !command.isEmpty() && command.get(0).equals(MIGRATE_COMMAND);
    }

    static List<String> hpa(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        Optional<Deployment> worker = cluster.appDeployment("worker");
        Optional<HorizontalPodAutoscaler> hpa = worker.flatMap(w -> hpaFor(cluster, w));
        if (hpa.isEmpty()) {
            violations.add("no HorizontalPodAutoscaler for the worker Deployment");
            return violations;
        }
        var spec = hpa.get().getSpec();
        if (!Objects.equals(spec.getMinReplicas(), 2) || !Objects.equals(spec.getMaxReplicas(), 10)) {
            violations.add(describe(hpa.get()) + ": must scale between 2 and 10 replicas, scales "
                    + spec.getMinReplicas() + "-" + spec.getMaxReplicas());
        }
        boolean cpu75 = orEmpty(spec.getMetrics()).stream().anyMatch(ManifestRules::isCpuAt75);
        if (!cpu75 || orEmpty(spec.getMetrics()).size() != 1) {
            violations.add(describe(hpa.get()) + ": must target 75 % average CPU utilization (and nothing else)");
        }
        return violations;
    }

    private static boolean isCpuAt75(MetricSpec metric) {
        return "Resource".equals(metric.getType())
                && metric.getResource() != null
                && "cpu".equals(metric.getResource().getName())
                && "Utilization".equals(metric.getResource().getTarget().getType())
                && Objects.equals(metric.getResource().getTarget().getAverageUtilization(), 75);
    }

    static List<String> securityContext(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (Cluster.PodTemplate template : cluster.podTemplates()) {
            PodSecurityContext pod = template.spec().getSecurityContext();
            boolean podNonRoot = pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot());
            if (pod != null && Long.valueOf(0).equals(pod.getRunAsUser())) {
                violations.add(template.describe() + ": runs as root (runAsUser 0)");
            }
            if (pod == null
                    || pod.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(pod.getSeccompProfile().getType())) {
                violations.add(template.describe()
                        + ": needs seccompProfile RuntimeDefault (restricted Pod Security Standard)");
            }
            if (pod == null || pod.getRunAsUser() == null) {
                violations.add(template.describe()
                        + ": set runAsUser to a numeric non-root user, so runAsNonRoot can be verified for any image");
            }
            template.allContainers().forEach(container -> {
                String where = template.describe() + " container " + container.getName();
                SecurityContext context = container.getSecurityContext();
                boolean nonRoot = podNonRoot || (context != null && Boolean.TRUE.equals(context.getRunAsNonRoot()));
                if (!nonRoot) {
                    violations.add(where + ": runAsNonRoot must be true");
                }
                if (context != null && Long.valueOf(0).equals(context.getRunAsUser())) {
                    violations.add(where + ": runs as root (runAsUser 0)");
                }
                if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
                    violations.add(where + ": allowPrivilegeEscalation must be false");
                }
                if (context == null
                        || context.getCapabilities() == null
                        || !orEmpty(context.getCapabilities().getDrop()).contains("ALL")) {
                    violations.add(where + ": must drop ALL capabilities");
                }
                if (context != null && Boolean.TRUE.equals(context.getPrivileged())) {
                    violations.add(where + ": must not be privileged");
                }
            });
        }
        return violations;
    }

    static List<String> ingress(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<Ingress> ingresses = cluster.all(Ingress.class);
        if (ingresses.isEmpty()) {
            violations.add("no Ingress");
        }
        for (Ingress ingress : ingresses) {
            Map<String, String> annotations = orEmpty(ingress.getMetadata().getAnnotations());
            checkTlsCovers(ingress, violations);
            if (deniesEveryone(ingress)) {
                continue;
            }
            if (!annotations.containsKey("cert-manager.io/cluster-issuer")
                    && !annotations.containsKey("cert-manager.io/issuer")) {
                violations.add(describe(ingress) + ": needs a cert-manager issuer annotation for its TLS certificate");
            }
            String bodySize = annotations.get("nginx.ingress.kubernetes.io/proxy-body-size");
            if (bodySize == null || sizeInBytes(bodySize) < 1L << 30) {
                violations.add(describe(ingress) + ": proxy-body-size must allow 1 GiB uploads, is " + bodySize);
            }
            String readTimeout = annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout");
            if (readTimeout == null || Integer.parseInt(readTimeout) < 300) {
                violations.add(describe(ingress) + ": proxy-read-timeout must be at least 300 s, is " + readTimeout);
            }
        }
        return violations;
    }

    private static void checkTlsCovers(Ingress ingress, List<String> violations) {
        List<String> tlsHosts = orEmpty(ingress.getSpec().getTls()).stream()
                .filter(tls -> tls.getSecretName() != null)
                .flatMap(tls -> orEmpty(tls.getHosts()).stream())
                .toList();
        for (IngressRule rule : orEmpty(ingress.getSpec().getRules())) {
            if (rule.getHost() == null || !tlsHosts.contains(rule.getHost())) {
                violations.add(describe(ingress) + ": host " + rule.getHost()
                        + " is not covered by a tls entry with a secretName");
            }
        }
        if (orEmpty(ingress.getSpec().getRules()).isEmpty()) {
            violations.add(describe(ingress) + ": no rules");
        }
    }

    /** An Ingress whose only purpose is to close paths: ingress-nginx denies every IPv4 and IPv6 client on it. */
    private static boolean deniesEveryone(Ingress ingress) {
        String denied = orEmpty(ingress.getMetadata().getAnnotations())
                .get("nginx.ingress.kubernetes.io/denylist-source-range");
        if (denied == null) {
            return false;
        }
        List<String> ranges = Arrays.stream(denied.split(",")).map(String::trim).toList();
        return ranges.contains("0.0.0.0/0") && ranges.contains("::/0");
    }

    /**
     * Liberty serves /metrics outside the application (no application login guards it), so on every host the public
     * Ingress serves, a deny-everyone Ingress must claim /metrics (ingress-nginx picks the longest matching prefix).
     */
    static List<String> metricsOffIngress(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<Ingress> ingresses = cluster.all(Ingress.class);
        for (Ingress ingress : ingresses) {
            if (deniesEveryone(ingress)) {
                continue;
            }
            for (IngressRule rule : orEmpty(ingress.getSpec().getRules())) {
                boolean closed = ingresses.stream()
                        .filter(ManifestRules::deniesEveryone)
                        .flatMap(closing -> orEmpty(closing.getSpec().getRules()).stream())
                        .filter(closingRule -> Objects.equals(closingRule.getHost(), rule.getHost()))
                        .flatMap(closingRule -> closingRule.getHttp().getPaths().stream())
                        .anyMatch(path -> "/metrics".equals(path.getPath()) && "Prefix".equals(path.getPathType()));
                if (!closed) {
                    violations.add(
                            describe(ingress) + ": host " + rule.getHost() + " serves Liberty's /metrics to the public;"
                                    + " close it with a deny-everyone Ingress for the path /metrics on the same host");
                }
            }
        }
        return violations;
    }

    static List<String> references(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<Cluster.PodTemplate> templates = cluster.podTemplates();
        for (Cluster.PodTemplate template : templates) {
            template.allContainers().forEach(container -> {
                for (EnvFromSource source : orEmpty(container.getEnvFrom())) {
                    if (source.getConfigMapRef() != null
                            && cluster.named(
                                            ConfigMap.class,
                                            source.getConfigMapRef().getName())
                                    .isEmpty()) {
                        violations.add(template.describe() + ": ConfigMap "
                                + source.getConfigMapRef().getName() + " does not exist");
                    }
                }
                Set<String> volumes = new HashSet<>();
                orEmpty(template.spec().getVolumes()).forEach(v -> volumes.add(v.getName()));
                orEmpty(container.getVolumeMounts()).forEach(m -> {
                    if (!volumes.contains(m.getName())) {
                        boolean claimTemplate = template.owner() instanceof StatefulSet s
                                && orEmpty(s.getSpec().getVolumeClaimTemplates()).stream()
                                        .anyMatch(c -> c.getMetadata().getName().equals(m.getName()));
                        if (!claimTemplate) {
                            violations.add(template.describe() + " container " + container.getName()
                                    + ": mounts unknown volume " + m.getName());
                        }
                    }
                });
            });
            for (Volume volume : orEmpty(template.spec().getVolumes())) {
                if (volume.getPersistentVolumeClaim() != null
                        && cluster.named(
                                        PersistentVolumeClaim.class,
                                        volume.getPersistentVolumeClaim().getClaimName())
                                .isEmpty()) {
                    violations.add(template.describe() + ": PersistentVolumeClaim "
                            + volume.getPersistentVolumeClaim().getClaimName() + " does not exist");
                }
            }
            String account = template.spec().getServiceAccountName();
            if (account != null && cluster.named(ServiceAccount.class, account).isEmpty()) {
                violations.add(template.describe() + ": ServiceAccount " + account + " does not exist");
            }
        }
        for (Service service : cluster.all(Service.class)) {
            List<Cluster.PodTemplate> selected = templates.stream()
                    .filter(t -> Cluster.matches(service.getSpec().getSelector(), t.labels()))
                    .toList();
            if (selected.isEmpty()) {
                violations.add(describe(service) + ": its selector matches no pods");
            }
            for (ServicePort port : orEmpty(service.getSpec().getPorts())) {
                IntOrString target = port.getTargetPort();
                if (target != null
                        && target.getStrVal() != null
                        && selected.stream()
                                .noneMatch(t -> t.spec().getContainers().stream()
                                        .flatMap(c -> orEmpty(c.getPorts()).stream())
                                        .anyMatch(p -> target.getStrVal().equals(p.getName())))) {
                    violations.add(describe(service) + ": targetPort " + target.getStrVal()
                            + " is not a named port of its pods");
                }
            }
        }
        for (Ingress ingress : cluster.all(Ingress.class)) {
            for (IngressRule rule : orEmpty(ingress.getSpec().getRules())) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    Optional<Service> service = cluster.named(Service.class, backend.getName());
                    if (service.isEmpty()) {
                        violations.add(
                                describe(ingress) + ": backend Service " + backend.getName() + " does not exist");
                    } else if (backend.getPort().getName() != null
                            && orEmpty(service.get().getSpec().getPorts()).stream()
                                    .noneMatch(p -> backend.getPort().getName().equals(p.getName()))) {
                        violations.add(describe(ingress) + ": Service " + backend.getName() + " has no port "
                                + backend.getPort().getName());
                    }
                }
            }
        }
        for (PodDisruptionBudget pdb : cluster.all(PodDisruptionBudget.class)) {
            if (templates.stream().noneMatch(t -> Cluster.matches(pdb.getSpec().getSelector(), t.labels()))) {
                violations.add(describe(pdb) + ": its selector matches no pods");
            }
        }
        for (NetworkPolicy policy : cluster.all(NetworkPolicy.class)) {
            if (templates.stream()
                    .noneMatch(t -> Cluster.matches(policy.getSpec().getPodSelector(), t.labels()))) {
                violations.add(describe(policy) + ": its podSelector matches no pods");
            }
        }
        for (HorizontalPodAutoscaler hpa : cluster.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (!"Deployment".equals(target.getKind())
                    || cluster.named(Deployment.class, target.getName()).isEmpty()) {
                violations.add(describe(hpa) + ": scale target " + target.getKind() + " " + target.getName()
                        + " does not exist");
            }
        }
        for (Deployment deployment : cluster.all(Deployment.class)) {
            if (!Cluster.matches(
                    deployment.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels())) {
                violations.add(describe(deployment) + ": selector does not match its own pod template");
            }
        }
        for (StatefulSet set : cluster.all(StatefulSet.class)) {
            if (!Cluster.matches(
                    set.getSpec().getSelector(),
                    set.getSpec().getTemplate().getMetadata().getLabels())) {
                violations.add(describe(set) + ": selector does not match its own pod template");
            }
        }
        return violations;
    }

    static List<String> namespace(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<Namespace> namespaces = cluster.all(Namespace.class);
        if (namespaces.size() != 1) {
            violations.add("expected exactly one Namespace, found " + namespaces.size());
            return violations;
        }
        String name = namespaces.get(0).getMetadata().getName();
        for (HasMetadata object : cluster.objects) {
            if (!(object instanceof Namespace)
                    && !name.equals(object.getMetadata().getNamespace())) {
                violations.add(describe(object) + ": must be in namespace " + name + ", is in "
                        + object.getMetadata().getNamespace());
            }
        }
        return violations;
    }

    static List<String> backup(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        List<CronJob> backups = cluster.all(CronJob.class).stream()
                .filter(c -> c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(container -> concat(container.getCommand(), container.getArgs()).stream()
                                .anyMatch(arg -> arg.contains("/api/admin/backup/create"))))
                .toList();
        if (backups.isEmpty()) {
            violations.add("no CronJob calls /api/admin/backup/create");
        }
        for (CronJob backup : backups) {
            if (backup.getSpec().getSchedule() == null
                    || backup.getSpec().getSchedule().trim().split("\\s+").length != 5) {
                violations.add(describe(backup) + ": schedule must be a five-field cron expression");
            }
            if (!"Forbid".equals(backup.getSpec().getConcurrencyPolicy())) {
                violations.add(describe(backup) + ": concurrencyPolicy must be Forbid (two dumps at once help nobody)");
            }
            Container container = backup.getSpec()
                    .getJobTemplate()
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0);
            List<String> args = concat(container.getCommand(), container.getArgs());
            Optional<String> authorization = args.stream()
                    .filter(a -> a.startsWith("Authorization: Bearer "))
                    .findFirst();
            if (authorization.isEmpty()) {
                violations.add(describe(backup) + ": must send an Authorization: Bearer header");
            } else {
                String variable = authorization.get().replaceFirst("^Authorization: Bearer \\$\\((\\w+)\\)$", "$1");
                if (variable.equals(authorization.get()) || secretRef(container, variable) == null) {
                    violations.add(describe(backup) + ": the bearer token must be a $(VAR) from a secretKeyRef");
                }
            }
        }
        return violations;
    }

    static List<String> statefulServices(Cluster cluster) {
        List<String> violations = new ArrayList<>();
        for (StatefulSet set : cluster.all(StatefulSet.class)) {
            if (orEmpty(set.getSpec().getVolumeClaimTemplates()).isEmpty()) {
                violations.add(describe(set) + ": needs a volumeClaimTemplate so its data survives rescheduling");
            }
            if (cluster.named(Service.class, set.getSpec().getServiceName()).isEmpty()) {
                violations.add(describe(set) + ": serviceName " + set.getSpec().getServiceName() + " does not exist");
            }
        }
        return violations;
    }

    // --- helpers ---------------------------------------------------------------------------------

    static Container appContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static String envValue(Container container, String name) {
        return orEmpty(container.getEnv()).stream()
                .filter(e -> name.equals(e.getName()))
                .map(EnvVar::getValue)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    static SecretKeySelector secretRef(Container container, String name) {
        return orEmpty(container.getEnv()).stream()
                .filter(e -> name.equals(e.getName()) && e.getValueFrom() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Optional<HorizontalPodAutoscaler> hpaFor(Cluster cluster, Deployment deployment) {
        return cluster.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && deployment
                                .getMetadata()
                                .getName()
                                .equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst();
    }

    private static boolean isZero(IntOrString value) {
        return value.getIntVal() != null
                ? value.getIntVal() == 0
                : value.getStrVal().trim().equals("0%");
    }

    private static BigDecimal amount(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    /** nginx sizes: 1024m, 1g, 1073741824. */
    static long sizeInBytes(String size) {
        String s = size.trim().toLowerCase();
        long factor = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * factor;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(orEmpty(a));
        all.addAll(orEmpty(b));
        return all;
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
