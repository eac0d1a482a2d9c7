package org.workforceinsight.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates a fictional council ("Northshire Council") with two years of workforce history and
 * weekly caseloads. Pure and deterministic: the same end date and seed always give the same council,
 * with the same ids.
 *
 * <p>How it works: every team has a fixed establishment of posts (role and usual FTE). At the start of
 * the two-year window the posts are filled (a few are vacant); then an event simulation runs to the end
 * date: occupants leave (employed, fixed-term and agency workers at different rates), posts are refilled
 * after a gap by new starters (many of the employed social workers newly qualified, so in their ASYE),
 * agency workers, internal moves, promotions or former staff who return. Caseloads are then simulated
 * week by week: each case holder's caseload follows a smooth path towards a personal target that depends
 * on role, FTE, ASYE stage, time in post and the team's pressure (vacancies).
 */
public final class DemoCouncilGenerator {

    public static final String COUNCIL_NAME = "Northshire Council";
    public static final String LA_CODE = "E06000999";
    public static final String REGION = "Yorkshire and The Humber";
    /** Number of weeks between the first and the last snapshot Monday (so 105 snapshot dates). */
    public static final int WEEKS = 104;

    public static final String SERVICE_FRONT_DOOR = "Front Door";
    public static final String SERVICE_ASSESSMENT = "Assessment and Intervention";
    public static final String SERVICE_CHILD_PROTECTION = "Child Protection and Family Support";
    public static final String SERVICE_LOOKED_AFTER = "Children Looked After";
    public static final String SERVICE_CARE_LEAVERS = "Care Leavers";
    public static final String SERVICE_DISABILITIES = "Children with Disabilities";

    /** Demo personas that sign in (usernames as in the Keycloak realm). */
    public static final String SENIOR_USERNAME = "senior";
    public static final String MANAGER1_USERNAME = "manager1";
    public static final String MANAGER2_USERNAME = "manager2";
    public static final String MANAGER1_TEAM = "Assessment and Intervention North";
    public static final String MANAGER2_TEAM = "Child Protection East";

    static final String SW = "social-worker";
    static final String SP = "senior-practitioner";
    static final String AP = "advanced-practitioner";
    static final String TM = "team-manager";
    static final String SM = "service-manager";
    static final String HOS = "head-of-service";
    static final String IRO = "independent-reviewing-officer";
    static final String CPC = "child-protection-chair";
    static final String FSW = "family-support-worker";
    static final String BS = "business-support";

    static final String PERMANENT = "permanent";
    static final String FIXED_TERM = "fixed-term";
    static final String AGENCY = "agency";

    private static final Set<String> QUALIFIED_ROLES = Set.of(SW, SP, AP, TM, SM, HOS, IRO, CPC);

    /**
     * How big a council to generate: {@code copies} of the demo organisation (the first with the demo's
     * names, the others named after districts) and {@code weeks} of history up to the end date.
     */
    public record Size(int copies, int weeks) {

        /** The demo council: one organisation, two years. */
        public static final Size DEMO = new Size(1, WEEKS);

        /**
         * The benchmark council of the performance goal: about 10,000 workers in post and five years of weekly
         * caseload snapshots.
         */
        public static final Size BENCHMARK = new Size(25, 261);

        public Size {
            if (copies < 1 || copies > DISTRICTS.size() + 1 || weeks < 52) {
                throw new IllegalArgumentException("copies 1.." + (DISTRICTS.size() + 1) + " and weeks >= 52");
            }
        }
    }

    /** Generates the demo council for the two years up to {@code endDate}. */
    public DemoCouncil generate(LocalDate endDate, long seed) {
        return generate(endDate, seed, Size.DEMO);
    }

    /** Generates a council of the given size up to {@code endDate}. */
    public DemoCouncil generate(LocalDate endDate, long seed, Size size) {
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(size, "size");
        return new Run(endDate, seed, size).build();
    }

    /** The Monday of the last snapshot: the Monday on or before {@code endDate}. */
    public static LocalDate lastSnapshotDate(LocalDate endDate) {
        return endDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the first snapshot. */
    public static LocalDate firstSnapshotDate(LocalDate endDate) {
        return lastSnapshotDate(endDate).minusWeeks(WEEKS);
    }

    static boolean isQualifiedRole(String roleCode) {
        return QUALIFIED_ROLES.contains(roleCode);
    }

    static UUID demoId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("workforce-insight-demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------
    // Organisation blueprint
    // ------------------------------------------------------------------------------------------

    /** Case type weights: child in need, child protection, looked after, care leaver, other. */
    private record Mix(double cin, double cp, double cla, double cl, double other) {
        double[] weights() {
            return new double[] {cin, cp, cla, cl, other};
        }
    }

    private static final Mix MIX_FRONT_DOOR = new Mix(0.70, 0.10, 0, 0, 0.20);
    private static final Mix MIX_EARLY_HELP = new Mix(0.60, 0, 0, 0, 0.40);
    private static final Mix MIX_ASSESSMENT = new Mix(0.62, 0.23, 0.03, 0, 0.12);
    private static final Mix MIX_CHILD_PROTECTION = new Mix(0.38, 0.50, 0.07, 0, 0.05);
    private static final Mix MIX_FAMILY_SUPPORT = new Mix(0.50, 0.35, 0.10, 0, 0.05);
    private static final Mix MIX_COURT = new Mix(0.10, 0.45, 0.40, 0, 0.05);
    private static final Mix MIX_LOOKED_AFTER = new Mix(0, 0, 0.90, 0.05, 0.05);
    private static final Mix MIX_PERMANENCE = new Mix(0, 0, 0.95, 0, 0.05);
    private static final Mix MIX_CARE_LEAVERS = new Mix(0, 0, 0.05, 0.92, 0.03);
    private static final Mix MIX_UASC = new Mix(0, 0, 0.50, 0.48, 0.02);
    private static final Mix MIX_DISABILITIES = new Mix(0.62, 0.06, 0.22, 0, 0.10);
    private static final Mix MIX_SHORT_BREAKS = new Mix(0.85, 0, 0.10, 0, 0.05);
    private static final Mix MIX_NONE = new Mix(0, 0, 0, 0, 1);

    /**
     * A team's establishment: social workers, senior practitioners, advanced practitioners, family support
     * workers, business support, independent reviewing officers, child protection chairs (plus one team manager).
     */
    private record TeamSpec(String name, String teamType, String locality, int sw, int sp, int ap, int fsw, int bs,
            int iro, int cpc, Mix mix, double caseFactor, double unallocatedBase) {
    }

    private record ServiceSpec(String name, List<TeamSpec> teams) {
    }

    private static final String[] LOCALITIES = {"North", "South", "East", "West", "Central"};

    /** Fictional districts that name the copies of the organisation in a larger council. */
    private static final List<String> DISTRICTS = List.of("Ashdale", "Brackenfield", "Calderbrook", "Dunmoor",
            "Elmstead", "Fernhollow", "Glenridge", "Harrowgate Vale", "Ivybridge Moor", "Kestrel Fold", "Larkspur",
            "Millbeck", "Netherby", "Oakham Rise", "Pinewold", "Quarry Bank", "Ravenscar Dale", "Saltmarsh",
            "Thornbury Heath", "Underwood", "Valebrook", "Wetherfield", "Yarrowdale", "Amberley Cross",
            "Birchwood", "Coldharbour", "Deepdale", "Eastwick", "Foxley", "Greystone", "Hollins", "Kirkmoor",
            "Longridge", "Marshfield", "Northwold", "Ouseburn", "Redmire", "Stonebeck", "Tollbridge");

    /** The demo organisation, repeated {@code copies} times (copies after the first carry a district's name). */
    private static List<ServiceSpec> blueprint(int copies) {
        List<ServiceSpec> one = blueprint();
        List<ServiceSpec> all = new ArrayList<>(one);
        for (int copy = 1; copy < copies; copy++) {
            String district = " (" + DISTRICTS.get(copy - 1) + ")";
            for (ServiceSpec service : one) {
                List<TeamSpec> teams = new ArrayList<>();
                for (TeamSpec t : service.teams()) {
                    teams.add(new TeamSpec(t.name() + district, t.teamType(), t.locality(), t.sw(), t.sp(), t.ap(),
                            t.fsw(), t.bs(), t.iro(), t.cpc(), t.mix(), t.caseFactor(), t.unallocatedBase()));
                }
                all.add(new ServiceSpec(service.name() + district, teams));
            }
        }
        return all;
    }

    private static List<ServiceSpec> blueprint() {
        List<ServiceSpec> services = new ArrayList<>();

        services.add(new ServiceSpec(SERVICE_FRONT_DOOR, List.of(
                new TeamSpec("Front Door MASH", "front-door", null, 9, 2, 1, 0, 3, 0, 0, MIX_FRONT_DOOR, 0.75, 7),
                new TeamSpec("Front Door Contact and Advice", "front-door", null, 5, 1, 0, 0, 3, 0, 0, MIX_FRONT_DOOR,
                        0.70, 5),
                new TeamSpec("Early Help Hub", "early-support", null, 2, 1, 0, 7, 1, 0, 0, MIX_EARLY_HELP, 0.85, 3))));

        List<TeamSpec> assessment = new ArrayList<>();
        for (String locality : LOCALITIES) {
            assessment.add(new TeamSpec("Assessment and Intervention " + locality, "assessment-and-intervention",
                    locality, 10, 2, 1, 1, 1, 0, 0, MIX_ASSESSMENT, 1.05, 4));
        }
        services.add(new ServiceSpec(SERVICE_ASSESSMENT, assessment));

        List<TeamSpec> protection = new ArrayList<>();
        for (String locality : LOCALITIES) {
            protection.add(new TeamSpec("Child Protection " + locality, "child-protection-and-family-support",
                    locality, 9, 2, 1, 1, 1, 0, 0, MIX_CHILD_PROTECTION, 1.05, 1.5));
        }
        protection.add(new TeamSpec("Family Support North", "child-protection-and-family-support", "North", 1, 1, 0, 8,
                1, 0, 0, MIX_FAMILY_SUPPORT, 0.9, 0.5));
        protection.add(new TeamSpec("Family Support South", "child-protection-and-family-support", "South", 1, 1, 0, 8,
                1, 0, 0, MIX_FAMILY_SUPPORT, 0.9, 0.5));
        protection.add(new TeamSpec("Edge of Care", "child-protection-and-family-support", null, 3, 1, 0, 5, 0, 0, 0,
                MIX_FAMILY_SUPPORT, 0.85, 0.3));
        protection.add(new TeamSpec("Court and Pre-proceedings", "child-protection-and-family-support", null, 5, 2, 0,
                0, 1, 0, 0, MIX_COURT, 0.85, 0.3));
        protection.add(new TeamSpec("Child Protection Conference Chairs", "child-protection-and-family-support", null,
                0, 0, 0, 0, 2, 0, 6, MIX_NONE, 0, 0));
        services.add(new ServiceSpec(SERVICE_CHILD_PROTECTION, protection));

        List<TeamSpec> lookedAfter = new ArrayList<>();
        for (String locality : new String[] {"North", "South", "East", "West"}) {
            lookedAfter.add(new TeamSpec("Children Looked After " + locality, "children-looked-after", locality, 9, 2,
                    1, 0, 1, 0, 0, MIX_LOOKED_AFTER, 1.0, 0.8));
        }
        lookedAfter.add(new TeamSpec("Permanence and Adoption", "children-looked-after", null, 6, 2, 0, 0, 1, 0, 0,
                MIX_PERMANENCE, 0.9, 0.3));
        lookedAfter.add(new TeamSpec("Independent Reviewing Officers", "children-looked-after", null, 0, 0, 0, 0, 2,
                10, 0, MIX_NONE, 0, 0));
        services.add(new ServiceSpec(SERVICE_LOOKED_AFTER, lookedAfter));

        services.add(new ServiceSpec(SERVICE_CARE_LEAVERS, List.of(
                new TeamSpec("Care Leavers North", "care-leavers", "North", 6, 1, 0, 4, 1, 0, 0, MIX_CARE_LEAVERS, 1.1,
                        1),
                new TeamSpec("Care Leavers South", "care-leavers", "South", 6, 1, 0, 4, 1, 0, 0, MIX_CARE_LEAVERS, 1.1,
                        1),
                new TeamSpec("Unaccompanied Asylum-Seeking Children", "care-leavers", null, 5, 1, 0, 2, 0, 0, 0,
                        MIX_UASC, 1.0, 0.5))));

        services.add(new ServiceSpec(SERVICE_DISABILITIES, List.of(
                new TeamSpec("Children with Disabilities North", "children-with-disabilities", "North", 8, 2, 1, 2, 1,
                        0, 0, MIX_DISABILITIES, 0.95, 2),
                new TeamSpec("Children with Disabilities South", "children-with-disabilities", "South", 8, 2, 1, 2, 1,
                        0, 0, MIX_DISABILITIES, 0.95, 2),
                new TeamSpec("Short Breaks and Transitions", "children-with-disabilities", null, 4, 1, 0, 4, 0, 0, 0,
                        MIX_SHORT_BREAKS, 1.0, 1))));
        return services;
    }

    // ------------------------------------------------------------------------------------------
    // Simulation state
    // ------------------------------------------------------------------------------------------

    private static final class Node {
        final UUID id;
        final String nodeType;
        final Node parent;
        final String name;
        final TeamSpec spec;
        final List<Post> posts = new ArrayList<>();
        Post managerPost;
        int caseHoldingPosts;

        Node(UUID id, String nodeType, Node parent, String name, TeamSpec spec) {
            this.id = id;
            this.nodeType = nodeType;
            this.parent = parent;
            this.name = name;
            this.spec = spec;
        }

        Node service() {
            return "service".equals(nodeType) ? this : parent;
        }
    }

    private static final class Post {
        final Node node;
        final String role;
        Occ current;
        boolean personaPost;

        Post(Node node, String role) {
            this.node = node;
            this.role = role;
        }
    }

    private static final class WorkerState {
        final int index;
        final UUID id;
        final String externalId;
        final String givenName;
        final String familyName;
        String swe;
        LocalDate asyeStart;
        final String username;
        final boolean agency;
        final boolean persona;
        final List<Occ> history = new ArrayList<>();
        Occ current;
        LocalDate leftOn;
        boolean returned;

        WorkerState(int index, String externalId, String givenName, String familyName, String username,
                boolean agency, boolean persona) {
            this.index = index;
            this.id = demoId("worker", externalId);
            this.externalId = externalId;
            this.givenName = givenName;
            this.familyName = familyName;
            this.username = username;
            this.agency = agency;
            this.persona = persona;
        }
    }

    /** Caseload continuity of one worker in one team (survives promotions and FTE changes in that team). */
    private static final class Chain {
        final SplittableRandom rng;
        final double personal;
        final double[] mix;
        final boolean initial;
        double latent;
        boolean started;

        Chain(SplittableRandom rng, double personal, double[] mix, boolean initial) {
            this.rng = rng;
            this.personal = personal;
            this.mix = mix;
            this.initial = initial;
        }
    }

    /** One occupancy of a post by a worker: becomes one assignment row. */
    private static final class Occ {
        final WorkerState worker;
        final Post post;
        final String role;
        final String employmentType;
        final BigDecimal fte;
        final LocalDate start;
        LocalDate end;
        boolean closed;
        /** Ended because the worker left the council (not a move, promotion or FTE change). */
        boolean leaver;
        Chain chain;
        /** Manager occasionally holding cases: [first week index, last week index, cases]. */
        final List<int[]> episodes = new ArrayList<>();

        Occ(WorkerState worker, Post post, String role, String employmentType, BigDecimal fte, LocalDate start) {
            this.worker = worker;
            this.post = post;
            this.role = role;
            this.employmentType = employmentType;
            this.fte = fte;
            this.start = start;
        }

        boolean activeOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    private enum EventKind { LEAVE, FILL, FTE_CHANGE }

    private record Event(LocalDate date, long seq, EventKind kind, Occ occ, Post post) {
    }

    // ------------------------------------------------------------------------------------------
    // One generation run
    // ------------------------------------------------------------------------------------------

    private static final class Run {
        private final LocalDate endDate;
        private final long seed;
        private final Size size;
        private final LocalDate firstMonday;
        private final LocalDate lastMonday;
        private final SplittableRandom rng;

        private final List<Node> nodes = new ArrayList<>();
        private final List<Node> teams = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Post> qualifiedPosts = new ArrayList<>();
        private final List<WorkerState> workers = new ArrayList<>();
        private final List<Occ> occs = new ArrayList<>();
        private final Set<String> usedNames = new HashSet<>();
        private final Set<String> usedSwe = new HashSet<>();
        private final PriorityQueue<Event> queue = new PriorityQueue<>(
                Comparator.comparing(Event::date).thenComparingLong(Event::seq));
        private final Map<UUID, Integer> workerIndex = new LinkedHashMap<>();
        private long eventSeq;
        private int employedCounter = 100;
        private int agencyCounter;
        private int returners;

        Run(LocalDate endDate, long seed, Size size) {
            this.endDate = endDate;
            this.seed = seed;
            this.size = size;
            this.lastMonday = lastSnapshotDate(endDate);
            this.firstMonday = lastMonday.minusWeeks(size.weeks());
            this.rng = new SplittableRandom(seed);
            usedNames.add("Martin Hale");
            usedNames.add("Amira Khan");
            usedNames.add("Tom Price");
            usedNames.add("Priya Shah");
            usedNames.add("Nia Roberts");
        }

        DemoCouncil build() {
            buildOrganisation();
            initialFill();
            simulate();
            return assemble();
        }

        // ---------------- organisation ----------------

        private void buildOrganisation() {
            Node council = new Node(demoId("org-node", LA_CODE), "council", null, COUNCIL_NAME, null);
            nodes.add(council);
            List<ServiceSpec> blueprint = blueprint(size.copies());
            for (ServiceSpec serviceSpec : blueprint) {
                Node service = new Node(demoId("org-node", LA_CODE + "/" + serviceSpec.name()), "service", council,
                        serviceSpec.name(), null);
                nodes.add(service);
                Post head = addPost(service, HOS);
                service.managerPost = head;
                addPost(service, SM);
            }
            int serviceIndex = 1;
            for (ServiceSpec serviceSpec : blueprint) {
                Node service = nodes.get(serviceIndex++);
                for (TeamSpec spec : serviceSpec.teams()) {
                    Node team = new Node(demoId("org-node", LA_CODE + "/" + serviceSpec.name() + "/" + spec.name()),
                            "team", service, spec.name(), spec);
                    nodes.add(team);
                    teams.add(team);
                    team.managerPost = addPost(team, TM);
                    for (int i = 0; i < spec.ap(); i++) {
                        addPost(team, AP);
                    }
                    for (int i = 0; i < spec.sp(); i++) {
                        addPost(team, SP);
                    }
                    for (int i = 0; i < spec.sw(); i++) {
                        addPost(team, SW);
                    }
                    for (int i = 0; i < spec.iro(); i++) {
                        addPost(team, IRO);
                    }
                    for (int i = 0; i < spec.cpc(); i++) {
                        addPost(team, CPC);
                    }
                    for (int i = 0; i < spec.fsw(); i++) {
                        addPost(team, FSW);
                    }
                    for (int i = 0; i < spec.bs(); i++) {
                        addPost(team, BS);
                    }
                    team.caseHoldingPosts = spec.sw() + spec.sp();
                }
            }
        }

        private Post addPost(Node node, String role) {
            Post post = new Post(node, role);
            node.posts.add(post);
            posts.add(post);
            if (isQualifiedRole(role)) {
                qualifiedPosts.add(post);
            }
            return post;
        }

        private Node node(String name) {
            return nodes.stream().filter(n -> n.name.equals(name)).findFirst().orElseThrow();
        }

        // ---------------- initial fill ----------------

        private void initialFill() {
            placePersona(node(SERVICE_CHILD_PROTECTION).managerPost, "Martin", "Hale", SENIOR_USERNAME,
                    firstMonday.minusYears(9).minusWeeks(14));
            placePersona(node(MANAGER1_TEAM).managerPost, "Amira", "Khan", MANAGER1_USERNAME,
                    firstMonday.minusYears(3).minusWeeks(29));
            placePersona(node(MANAGER2_TEAM).managerPost, "Tom", "Price", MANAGER2_USERNAME,
                    firstMonday.minusYears(5).minusWeeks(7));

            for (Post post : posts) {
                if (post.personaPost) {
                    continue;
                }
                boolean alwaysFilled = TM.equals(post.role) || HOS.equals(post.role) || SM.equals(post.role);
                if (!alwaysFilled && rng.nextDouble() < 0.035) {
                    schedule(firstMonday.plusWeeks(rng.nextInt(1, 12)), EventKind.FILL, null, post);
                    continue;
                }
                boolean agency = rng.nextDouble() < initialAgencyRate(post.role);
                double yearsInPost = agency
                        ? -Math.log(1 - rng.nextDouble()) * 1.1
                        : Math.min(24, -Math.log(1 - rng.nextDouble()) / 0.13);
                LocalDate start = firstMonday.minusDays(7 + Math.round(yearsInPost * 365.25))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                WorkerState worker = newWorker(agency, isQualifiedRole(post.role));
                String employmentType = agency ? AGENCY : (rng.nextDouble() < 0.06 ? FIXED_TERM : PERMANENT);
                BigDecimal fte = drawFte(post.role, agency);
                if (SW.equals(post.role) && !agency) {
                    if (yearsInPost < 1.0 && rng.nextDouble() < 0.75) {
                        worker.asyeStart = start;
                    } else if (yearsInPost < 4.0 && rng.nextDouble() < 0.5) {
                        worker.asyeStart = start;
                    }
                }
                // Long-serving seniors were promoted in the same team: give them the earlier assignment too.
                String priorRole = switch (post.role) {
                    case SP -> SW;
                    case AP, TM -> SP;
                    default -> null;
                };
                if (priorRole != null && !agency && "team".equals(post.node.nodeType) && yearsInPost > 3.5
                        && rng.nextDouble() < 0.5) {
                    LocalDate promoted = start.plusWeeks(rng.nextInt(52, (int) (yearsInPost * 52) - 20))
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    Occ earlier = new Occ(worker, post, priorRole, employmentType, fte, start);
                    earlier.end = promoted.minusDays(1);
                    earlier.closed = true;
                    register(earlier);
                    start = promoted;
                }
                Occ occ = new Occ(worker, post, post.role, employmentType, fte, start);
                occ.chain = newChain(post, true);
                if (occ.chain != null && !worker.history.isEmpty()) {
                    worker.history.get(0).chain = occ.chain;
                }
                occupy(occ);
                scheduleDeparture(occ, firstMonday);
                if (!agency && fte.compareTo(BigDecimal.ONE) == 0 && isCaseHolding(post.role)
                        && rng.nextDouble() < 0.04) {
                    schedule(randomDateInWindow(), EventKind.FTE_CHANGE, occ, post);
                }
            }
        }

        private void placePersona(Post post, String given, String family, String username, LocalDate start) {
            WorkerState worker = new WorkerState(workers.size(), nextEmployedId(), given, family, username, false,
                    true);
            worker.swe = newSwe();
            workers.add(worker);
            post.personaPost = true;
            Occ occ = new Occ(worker, post, post.role, PERMANENT, BigDecimal.ONE.setScale(2),
                    start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            occupy(occ);
        }

        private double initialAgencyRate(String role) {
            return switch (role) {
                case SW -> 0.17;
                case SP -> 0.12;
                case AP -> 0.08;
                case TM -> 0.07;
                case IRO, CPC -> 0.10;
                case FSW -> 0.05;
                case BS -> 0.03;
                default -> 0;
            };
        }

        private double refillAgencyRate(String role) {
            return switch (role) {
                case SW -> 0.31;
                case SP -> 0.26;
                case AP -> 0.20;
                case TM -> 0.30;
                case IRO, CPC -> 0.20;
                case FSW -> 0.10;
                case BS -> 0.05;
                default -> 0;
            };
        }

        private static boolean isCaseHolding(String role) {
            return SW.equals(role) || SP.equals(role);
        }

        private BigDecimal drawFte(String role, boolean agency) {
            if (agency || HOS.equals(role) || SM.equals(role)) {
                return BigDecimal.ONE.setScale(2);
            }
            double partTimeRate = switch (role) {
                case TM -> 0.04;
                case BS -> 0.35;
                case FSW -> 0.25;
                default -> 0.18;
            };
            if (rng.nextDouble() >= partTimeRate) {
                return BigDecimal.ONE.setScale(2);
            }
            double[] options = {0.5, 0.6, 0.6, 0.7, 0.8, 0.8, 0.8, 0.9};
            return BigDecimal.valueOf(options[rng.nextInt(options.length)]).setScale(2, RoundingMode.HALF_UP);
        }

        private WorkerState newWorker(boolean agency, boolean qualified) {
            String given;
            String family;
            // names are unique in the demo; a council of thousands has namesakes (there are too few pairs)
            do {
                given = DemoNames.GIVEN_NAMES.get(rng.nextInt(DemoNames.GIVEN_NAMES.size()));
                family = DemoNames.FAMILY_NAMES.get(rng.nextInt(DemoNames.FAMILY_NAMES.size()));
            } while (!usedNames.add(given + " " + family) && size.copies() == 1);
            String externalId = agency ? String.format("AG-%06d", ++agencyCounter) : nextEmployedId();
            WorkerState worker = new WorkerState(workers.size(), externalId, given, family, null, agency, false);
            if (qualified) {
                worker.swe = newSwe();
            }
            workers.add(worker);
            return worker;
        }

        private String nextEmployedId() {
            return String.format("HR-%06d", ++employedCounter);
        }

        private String newSwe() {
            String swe;
            do {
                swe = String.format("SW%06d", rng.nextInt(100000, 1000000));
            } while (!usedSwe.add(swe));
            return swe;
        }

        private Chain newChain(Post post, boolean initial) {
            if (!"team".equals(post.node.nodeType)) {
                return null;
            }
            SplittableRandom chainRng = rng.split();
            double[] weights = post.node.spec.mix().weights();
            double[] mix = new double[weights.length];
            for (int i = 0; i < weights.length; i++) {
                mix[i] = weights[i] * (0.7 + 0.6 * chainRng.nextDouble());
            }
            double personal = 1.0 + 0.13 * gaussian(chainRng);
            return new Chain(chainRng, Math.max(0.7, Math.min(1.3, personal)), mix, initial);
        }

        private void register(Occ occ) {
            occs.add(occ);
            occ.worker.history.add(occ);
        }

        private void occupy(Occ occ) {
            register(occ);
            occ.post.current = occ;
            occ.worker.current = occ;
        }

        private void vacate(Occ occ, LocalDate lastDay) {
            occ.end = lastDay;
            occ.closed = true;
            if (occ.post.current == occ) {
                occ.post.current = null;
            }
            if (occ.worker.current == occ) {
                occ.worker.current = null;
            }
        }

        private void schedule(LocalDate date, EventKind kind, Occ occ, Post post) {
            if (!date.isAfter(endDate)) {
                queue.add(new Event(date, eventSeq++, kind, occ, post));
            }
        }

        private LocalDate randomDateInWindow() {
            return firstMonday.plusDays(rng.nextInt(7, size.weeks() * 7));
        }

        /** Draws when the occupant leaves, from {@code from} on; schedules it or records a future contract end. */
        private void scheduleDeparture(Occ occ, LocalDate from) {
            if (occ.worker.persona) {
                return;
            }
            double hazard = switch (occ.employmentType) {
                case AGENCY -> 0.42;
                default -> switch (occ.role) {
                    case TM, SM, HOS -> 0.08;
                    case SW -> occ.worker.asyeStart != null && occ.worker.asyeStart.isAfter(from.minusYears(1))
                            ? 0.09 : 0.16;
                    case SP, AP -> 0.11;
                    default -> 0.12;
                };
            };
            long days = 1 + Math.round(-Math.log(1 - rng.nextDouble()) / hazard * 365.25);
            LocalDate leave = from.plusDays(days);
            if (FIXED_TERM.equals(occ.employmentType)) {
                LocalDate contractEnd = occ.start.plusMonths(rng.nextInt(9, 25)).minusDays(1);
                while (contractEnd.isBefore(from)) {
                    contractEnd = contractEnd.plusMonths(12);
                }
                if (contractEnd.isBefore(leave)) {
                    leave = contractEnd;
                }
                if (leave.isAfter(endDate)) {
                    occ.end = contractEnd;
                }
            }
            schedule(leave, EventKind.LEAVE, occ, occ.post);
        }

        // ---------------- simulation ----------------

        private void simulate() {
            while (!queue.isEmpty()) {
                Event event = queue.poll();
                switch (event.kind()) {
                    case LEAVE -> onLeave(event);
                    case FILL -> onFill(event.post(), event.date());
                    case FTE_CHANGE -> onFteChange(event);
                }
            }
        }

        private void onLeave(Event event) {
            Occ occ = event.occ();
            if (occ.closed) {
                return;
            }
            vacate(occ, event.date());
            occ.leaver = true;
            occ.worker.leftOn = event.date();
            Post post = occ.post;
            int gap = fillGapWeeks(post.role);
            // management posts are covered from the next day (acting up or interim)
            LocalDate fill = gap == 0 ? event.date().plusDays(1) : nextMonday(event.date()).plusWeeks(gap);
            schedule(fill, EventKind.FILL, null, post);
        }

        private void onFteChange(Event event) {
            Occ occ = event.occ();
            if (occ.closed || occ.post.current != occ) {
                return;
            }
            LocalDate start = nextMonday(event.date());
            if (start.isAfter(endDate)) {
                return;
            }
            vacate(occ, start.minusDays(1));
            double[] options = {0.6, 0.8, 0.8, 0.9};
            BigDecimal fte = BigDecimal.valueOf(options[rng.nextInt(options.length)]).setScale(2, RoundingMode.HALF_UP);
            Occ next = new Occ(occ.worker, occ.post, occ.role, occ.employmentType, fte, start);
            next.chain = occ.chain;
            occupy(next);
            scheduleDeparture(next, start);
        }

        private int fillGapWeeks(String role) {
            return switch (role) {
                case TM, SM, HOS -> 0;
                case SW, SP -> rng.nextInt(1, 11);
                default -> rng.nextInt(1, 7);
            };
        }

        private static LocalDate nextMonday(LocalDate date) {
            return date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }

        private void onFill(Post post, LocalDate date) {
            if (post.current != null) {
                return;
            }
            if (tryReturner(post, date) || tryInternal(post, date)) {
                return;
            }
            double agencyRate = refillAgencyRate(post.role);
            if (isQualifiedRole(post.role)) {
                // the more agency staff the council already uses, the harder it recruits permanent staff
                double share = Math.max(0.05, qualifiedAgencyShare());
                agencyRate = Math.max(0.03, Math.min(0.8, agencyRate * Math.pow(0.15 / share, 2)));
            }
            boolean agency = rng.nextDouble() < agencyRate;
            WorkerState worker = newWorker(agency, isQualifiedRole(post.role));
            String employmentType = agency ? AGENCY : (rng.nextDouble() < 0.1 ? FIXED_TERM : PERMANENT);
            if (SW.equals(post.role) && !agency && rng.nextDouble() < 0.9) {
                worker.asyeStart = date;
            }
            Occ occ = new Occ(worker, post, post.role, employmentType, drawFte(post.role, agency), date);
            occ.chain = newChain(post, false);
            occupy(occ);
            scheduleDeparture(occ, date);
        }

        private double qualifiedAgencyShare() {
            double agency = 0;
            double all = 0;
            // only qualified posts ever hold a qualified occupant (and the other way round), in the same order
            for (Post post : qualifiedPosts) {
                Occ occ = post.current;
                if (occ != null && isQualifiedRole(occ.role)) {
                    all += occ.fte.doubleValue();
                    if (AGENCY.equals(occ.employmentType)) {
                        agency += occ.fte.doubleValue();
                    }
                }
            }
            return all == 0 ? 0 : agency / all;
        }

        /** A former employee comes back (at least one is forced in the last nine months of the window). */
        private boolean tryReturner(Post post, LocalDate date) {
            if (!isCaseHolding(post.role) && !FSW.equals(post.role)) {
                return false;
            }
            boolean forced = returners == 0 && date.isAfter(endDate.minusMonths(9));
            if (!forced && rng.nextDouble() >= 0.04) {
                return false;
            }
            List<WorkerState> candidates = new ArrayList<>();
            LocalDate leftBefore = date.minusWeeks(13);
            for (WorkerState worker : workers) {
                if (worker.current == null && !worker.agency && !worker.returned && worker.leftOn != null
                        && worker.leftOn.isBefore(leftBefore)
                        && canReturnTo(worker.history.get(worker.history.size() - 1).role, post.role)) {
                    candidates.add(worker);
                }
            }
            if (candidates.isEmpty()) {
                return false;
            }
            WorkerState worker = candidates.get(rng.nextInt(candidates.size()));
            worker.returned = true;
            returners++;
            Occ occ = new Occ(worker, post, post.role, PERMANENT, drawFte(post.role, false), date);
            occ.chain = newChain(post, false);
            occupy(occ);
            scheduleDeparture(occ, date);
            return true;
        }

        /** A returner comes back in the role they left, or a social worker post after being a senior practitioner. */
        private static boolean canReturnTo(String lastRole, String postRole) {
            return lastRole.equals(postRole) || (SP.equals(lastRole) && SW.equals(postRole));
        }

        /** Internal moves (same role, another team) and promotions (one grade up). */
        private boolean tryInternal(Post post, LocalDate date) {
            String fromRole;
            double probability;
            switch (post.role) {
                case SW -> {
                    fromRole = SW;
                    probability = 0.07;
                }
                case SP -> {
                    fromRole = SW;
                    probability = 0.35;
                }
                case AP -> {
                    fromRole = SP;
                    probability = 0.4;
                }
                case TM -> {
                    fromRole = rng.nextBoolean() ? SP : AP;
                    probability = 0.5;
                }
                case SM -> {
                    fromRole = TM;
                    probability = 0.6;
                }
                case HOS -> {
                    fromRole = SM;
                    probability = 0.6;
                }
                default -> {
                    return false;
                }
            }
            if (rng.nextDouble() >= probability) {
                return false;
            }
            boolean move = fromRole.equals(post.role);
            List<Occ> candidates = new ArrayList<>();
            LocalDate startedBy = date.minusMonths(move ? 9 : 15);
            for (Post other : qualifiedPosts) {
                Occ occ = other.current;
                if (occ == null || occ.worker.persona || AGENCY.equals(occ.employmentType)
                        || !fromRole.equals(occ.role) || other == post
                        || occ.start.isAfter(startedBy)
                        || (move && other.node == post.node)
                        || (!move && other.node.service() != post.node.service())
                        || isAsyeOn(occ.worker, date)) {
                    continue;
                }
                candidates.add(occ);
            }
            if (candidates.isEmpty()) {
                return false;
            }
            // promotions prefer someone from the same team
            List<Occ> sameTeam = candidates.stream().filter(o -> o.post.node == post.node).toList();
            List<Occ> pool = !move && !sameTeam.isEmpty() && rng.nextDouble() < 0.6 ? sameTeam : candidates;
            Occ previous = pool.get(rng.nextInt(pool.size()));
            vacate(previous, date.minusDays(1));
            Post oldPost = previous.post;
            Occ next = new Occ(previous.worker, post, post.role, previous.employmentType,
                    TM.equals(post.role) || SM.equals(post.role) || HOS.equals(post.role)
                            ? BigDecimal.ONE.setScale(2) : previous.fte,
                    date);
            next.chain = oldPost.node == post.node && previous.chain != null ? previous.chain : newChain(post, false);
            occupy(next);
            scheduleDeparture(next, date);
            schedule(date.plusWeeks(fillGapWeeks(oldPost.role)), EventKind.FILL, null, oldPost);
            return true;
        }

        private static boolean isAsyeOn(WorkerState worker, LocalDate date) {
            return worker.asyeStart != null && !date.isBefore(worker.asyeStart)
                    && date.isBefore(worker.asyeStart.plusMonths(12));
        }

        // ---------------- caseloads ----------------

        private void assignManagerEpisodes(List<LocalDate> mondays) {
            int last = mondays.size() - 1;
            List<Occ> activeAtEnd = new ArrayList<>();
            for (Occ occ : occs) {
                if (!(TM.equals(occ.role) || AP.equals(occ.role)) || !"team".equals(occ.post.node.nodeType)) {
                    continue;
                }
                int first = -1;
                int lastActive = -1;
                for (int w = 0; w <= last; w++) {
                    if (occ.activeOn(mondays.get(w))) {
                        if (first < 0) {
                            first = w;
                        }
                        lastActive = w;
                    }
                }
                if (first < 0) {
                    continue;
                }
                if (lastActive == last) {
                    activeAtEnd.add(occ);
                }
                if (rng.nextDouble() < 0.2) {
                    int start = rng.nextInt(first, lastActive + 1);
                    int end = Math.min(lastActive, start + rng.nextInt(1, 9));
                    occ.episodes.add(new int[] {start, end, rng.nextInt(1, 3)});
                }
            }
            // a couple of managers hold cases on the end date, so that the flag shows in the demo
            for (int i = 0; i < 2 && !activeAtEnd.isEmpty(); i++) {
                Occ occ = activeAtEnd.remove(rng.nextInt(activeAtEnd.size()));
                occ.episodes.add(new int[] {Math.max(0, last - 2 - i), last, 1 + i});
            }
        }

        private DemoCouncil assemble() {
            List<LocalDate> mondays = new ArrayList<>();
            for (LocalDate d = firstMonday; !d.isAfter(lastMonday); d = d.plusWeeks(1)) {
                mondays.add(d);
            }
            assignManagerEpisodes(mondays);

            Map<Node, double[]> teamState = new LinkedHashMap<>();
            SplittableRandom teamRng = rng.split();
            for (Node team : teams) {
                // [drift, unallocated latent]
                teamState.put(team, new double[] {0.04 * gaussian(teamRng), team.spec.unallocatedBase()});
            }

            List<DemoCouncil.CaseloadSnapshot> snapshots = new ArrayList<>();
            List<DemoCouncil.UnallocatedCases> unallocated = new ArrayList<>();
            for (int w = 0; w < mondays.size(); w++) {
                LocalDate monday = mondays.get(w);
                double seasonal = 1.0 + 0.03 * Math.sin(2 * Math.PI * (monday.getDayOfYear() - 60) / 365.25);
                Map<Node, List<Occ>> active = new LinkedHashMap<>();
                for (Node team : teams) {
                    active.put(team, new ArrayList<>());
                }
                for (Occ occ : occs) {
                    if (active.containsKey(occ.post.node) && occ.activeOn(monday)) {
                        active.get(occ.post.node).add(occ);
                    }
                }
                List<DemoCouncil.CaseloadSnapshot> weekSnapshots = new ArrayList<>();
                for (Node team : teams) {
                    double[] state = teamState.get(team);
                    state[0] = 0.93 * state[0] + 0.012 * gaussian(teamRng);
                    double holdersFte = 0;
                    for (Occ occ : active.get(team)) {
                        if (isCaseHolding(occ.role)) {
                            holdersFte += occ.fte.doubleValue();
                        }
                    }
                    double establishment = team.caseHoldingPosts * 0.96;
                    double pressure = team.caseHoldingPosts == 0 ? 1.0
                            : Math.sqrt(Math.max(0.9, Math.min(1.3, establishment / Math.max(1.0, holdersFte))));
                    double factor = (1.0 + state[0]) * pressure * seasonal;

                    List<Occ> teamOccs = new ArrayList<>(active.get(team));
                    teamOccs.sort(Comparator.comparingInt(o -> o.worker.index));
                    for (Occ occ : teamOccs) {
                        Integer cases = casesFor(occ, monday, w, factor);
                        if (cases != null) {
                            weekSnapshots.add(snapshot(occ, monday, cases));
                        }
                    }

                    if (team.caseHoldingPosts > 0) {
                        double target = team.spec.unallocatedBase() * pressure * pressure * (1.0 + 2 * state[0]);
                        state[1] = state[1] + 0.2 * (target - state[1])
                                + 0.45 * Math.sqrt(team.spec.unallocatedBase() + 0.3) * gaussian(teamRng);
                        state[1] = Math.max(-1.0, state[1]);
                    }
                    unallocated.add(new DemoCouncil.UnallocatedCases(team.id, monday,
                            (int) Math.max(0, Math.round(state[1]))));
                }
                // by date, then worker: the weeks come in order, so sorting each week is enough
                weekSnapshots.sort(Comparator.comparing(s -> workerIndex.get(s.workerId())));
                snapshots.addAll(weekSnapshots);
            }

            List<DemoCouncil.OrgNode> orgNodes = new ArrayList<>();
            for (Node node : nodes) {
                UUID manager = null;
                if (node.managerPost != null) {
                    Occ current = managerOn(node.managerPost, endDate);
                    manager = current == null ? null : current.worker.id;
                }
                orgNodes.add(new DemoCouncil.OrgNode(node.id, node.nodeType,
                        node.parent == null ? null : node.parent.id, node.name,
                        node.spec == null ? null : node.spec.teamType(),
                        node.spec == null ? null : node.spec.locality(),
                        "council".equals(node.nodeType) ? LA_CODE : null,
                        "council".equals(node.nodeType) ? REGION : null,
                        manager));
            }

            List<DemoCouncil.Worker> workerRows = new ArrayList<>();
            List<DemoCouncil.Assignment> assignments = new ArrayList<>();
            for (WorkerState worker : workers) {
                workerRows.add(new DemoCouncil.Worker(worker.id, worker.externalId, worker.givenName,
                        worker.familyName, worker.swe, worker.asyeStart, worker.username));
                List<Occ> history = new ArrayList<>(worker.history);
                history.sort(Comparator.comparing(o -> o.start));
                int n = 0;
                for (Occ occ : history) {
                    n++;
                    assignments.add(new DemoCouncil.Assignment(demoId("assignment", worker.externalId + "#" + n),
                            worker.id, occ.post.node.id, occ.role, occ.employmentType, occ.fte, occ.start, occ.end));
                }
            }
            Map<UUID, Map<String, Integer>> slots = new LinkedHashMap<>();
            for (Node node : nodes) {
                for (Post post : node.posts) {
                    slots.computeIfAbsent(node.id, k -> new LinkedHashMap<>()).merge(post.role, 1, Integer::sum);
                }
            }
            DemoWorkforceRecords.Records records = DemoWorkforceRecords.generate(orgNodes, workerRows, assignments,
                    slots, firstMonday, endDate, seed);
            return new DemoCouncil(endDate, seed, orgNodes, workerRows, assignments, snapshots, unallocated,
                    records.posts(), records.agencyAssignments(), records.agencyTimesheets(),
                    records.supervisionSessions(), records.appraisals(), records.absences(),
                    records.absenceSicknessReasons(), records.leavings(), records.measureTargets(),
                    records.benchmarkComparators());
        }

        private Occ managerOn(Post post, LocalDate date) {
            Occ found = null;
            for (Occ occ : occs) {
                if (occ.post == post && occ.role.equals(post.role) && occ.activeOn(date)) {
                    found = occ;
                }
            }
            return found;
        }

        /** Cases held by the occupant on a Monday, or null when the role does not get caseload snapshots. */
        private Integer casesFor(Occ occ, LocalDate monday, int week, double teamFactor) {
            workerIndex.putIfAbsent(occ.worker.id, occ.worker.index);
            if (TM.equals(occ.role) || AP.equals(occ.role)) {
                int cases = 0;
                for (int[] episode : occ.episodes) {
                    if (week >= episode[0] && week <= episode[1]) {
                        cases = Math.max(cases, episode[2]);
                    }
                }
                return cases;
            }
            if (!isCaseHolding(occ.role) || occ.chain == null) {
                return null;
            }
            Chain chain = occ.chain;
            double perFte;
            double base = (SP.equals(occ.role) ? 15.0 : 17.0) * occ.post.node.spec.caseFactor() * chain.personal;
            WorkerState worker = occ.worker;
            if (SW.equals(occ.role) && worker.asyeStart != null && !monday.isBefore(worker.asyeStart)
                    && monday.isBefore(worker.asyeStart.plusMonths(18))) {
                double months = ChronoUnit.DAYS.between(worker.asyeStart, monday) / 30.44;
                double asyeLevel = (7.0 + 6.0 * Math.min(12, months) / 12) * (0.9 + 0.2 * (chain.personal - 0.7) / 0.6);
                perFte = months < 12 ? asyeLevel : asyeLevel + (base - asyeLevel) * (months - 12) / 6;
            } else {
                perFte = base;
            }
            double target = perFte * occ.fte.doubleValue() * teamFactor;
            // a new starter builds up a caseload over about ten weeks
            LocalDate chainStart = occ.start;
            for (Occ earlier : worker.history) {
                if (earlier.chain == chain && earlier.start.isBefore(chainStart)) {
                    chainStart = earlier.start;
                }
            }
            long weeksIn = ChronoUnit.WEEKS.between(chainStart, monday);
            if (weeksIn < 10) {
                target *= 0.15 + 0.85 * weeksIn / 10.0;
            }
            // a leaver hands cases over in the last weeks
            if (occ.leaver) {
                long weeksLeft = ChronoUnit.DAYS.between(monday, occ.end) / 7;
                if (weeksLeft < 3) {
                    target *= 0.3 + 0.2 * weeksLeft;
                }
            }
            if (!chain.started) {
                chain.started = true;
                chain.latent = chain.initial && weeksIn >= 10
                        ? target + 0.8 * gaussian(chain.rng)
                        : chain.rng.nextDouble() * 2.5;
            } else {
                chain.latent += 0.3 * (target - chain.latent) + 0.55 * gaussian(chain.rng);
            }
            return (int) Math.max(0, Math.round(chain.latent));
        }

        private DemoCouncil.CaseloadSnapshot snapshot(Occ occ, LocalDate monday, int cases) {
            int[] split = new int[5];
            if (cases > 0) {
                double[] mix = occ.chain != null ? occ.chain.mix : MIX_NONE.weights();
                if (TM.equals(occ.role) || AP.equals(occ.role)) {
                    mix = occ.post.node.spec.mix().weights();
                }
                split = largestRemainder(cases, mix);
            }
            Integer preProceedings = null;
            double share = preProceedingsShare(occ);
            if (share >= 0) {
                // children in pre-proceedings are counted there instead of under child protection
                preProceedings = (int) Math.round(split[1] * share);
                split[1] -= preProceedings;
            }
            return new DemoCouncil.CaseloadSnapshot(occ.worker.id, monday, cases, split[0], split[1], split[2],
                    split[3], split[4], preProceedings);
        }

        /**
         * The share of a worker's child protection cases that are in pre-proceedings, in the teams whose case
         * system records it (the court team and the locality child protection teams), else -1. Fixed per worker
         * and team, drawn from the seed and their ids without touching the simulation's random streams.
         */
        private double preProceedingsShare(Occ occ) {
            Node team = occ.post.node;
            if (team.spec == null || !"child-protection-and-family-support".equals(team.spec.teamType())) {
                return -1;
            }
            boolean court = team.name.startsWith("Court and Pre-proceedings");
            if (!court && !team.name.startsWith("Child Protection ")
                    || team.name.startsWith("Child Protection Conference")) {
                return -1;
            }
            double draw = new SplittableRandom(seed ^ occ.worker.id.getMostSignificantBits()
                    ^ team.id.getLeastSignificantBits()).nextDouble();
            return court ? 0.35 + 0.25 * draw : 0.05 + 0.15 * draw;
        }
    }

    /** Splits {@code total} into whole numbers in proportion to {@code weights} (largest remainder). */
    static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int[] result = new int[weights.length];
        if (sum <= 0) {
            result[weights.length - 1] = total;
            return result;
        }
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            assigned += result[i];
        }
        while (assigned < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return result;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller, so that the sequence depends only on the generator (no cached state)
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
