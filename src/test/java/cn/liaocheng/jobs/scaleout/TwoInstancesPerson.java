package cn.liaocheng.jobs.scaleout;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The person of {@code scripts/two-instances.sh}: one applicant on a 360 px phone, through nginx, in front of two
 * portal instances. Not a test (Surefire and Failsafe never pick it up): the script compiles it against the test
 * classpath and runs it while both instances and nginx are up.
 *
 * <pre>
 *   TwoInstancesPerson --url http://127.0.0.1:NGINX_PORT --instance a=PID --instance b=PID [--loss-limit-seconds 10]
 * </pre>
 *
 * <ol>
 *   <li>Registers a fresh number (the code read from {@code /dev/verification-codes} of the instance that sent it,
 *       as a person reads an SMS), fills 我的资料, and submits a first application.</li>
 *   <li>Starts a second one and types into 做过什么工作？ for some seconds, each character's time noted, and while
 *       still typing the instance named by nginx's route cookie is killed with SIGKILL (no shutdown, no last save).</li>
 *   <li>Types on; waits to land on the sign-in page of the other instance; signs in again; opens 我的申请: the first
 *       application is there once, the draft is there, and its answer is what was typed up to at most the last
 *       {@code --loss-limit-seconds} before the kill. Then finishes and submits the draft there.</li>
 * </ol>
 *
 * Prints what happened on standard output; the lines starting with {@code RESULT } are read by the script (phone
 * number, references, which instance served when). Exits 1 when something was lost or wrong, 2 on a usage error.
 * Every wait has a timeout; nothing sleeps except the typing itself, at a person's pace.
 */
public final class TwoInstancesPerson {

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");
    private static final String PASSWORD = "Liaocheng-two-instances-2026";
    private static final String ROUTE_COOKIE = "portal_route";
    private static final String SUBMITTED_OFFER = "yanggu-poultry-raising";
    private static final String DRAFT_OFFER = "shenxian-greenhouse-vegetables";
    private static final String TYPED_FIRST = "在县城的超市做过理货员";
    /** Typed at {@link #KEY_INTERVAL_MS} a character: longer than the loss limit, so that a broken autosave shows. */
    private static final String TYPED_BEFORE_KILL = "，干了一年半，后来回村里帮家里种大棚蔬菜，西红柿和黄瓜都种过，还想多学一点";
    private static final String TYPED_AFTER_KILL = "，谢谢";
    private static final int KEY_INTERVAL_MS = 300;

    private final String base;
    private final Map<String, Long> instances;
    private final double lossLimitSeconds;
    private final List<String> problems = new ArrayList<>();
    private BrowserContext context;
    private Page page;

    private TwoInstancesPerson(String base, Map<String, Long> instances, double lossLimitSeconds) {
        this.base = base;
        this.instances = instances;
        this.lossLimitSeconds = lossLimitSeconds;
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        var instances = new LinkedHashMap<String, Long>();
        double lossLimit = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i].replaceAll("/+$", "");
                case "--instance" -> {
                    var parts = args[++i].split("=", 2);
                    instances.put(parts[0], Long.parseLong(parts[1]));
                }
                case "--loss-limit-seconds" -> lossLimit = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (url == null || instances.size() != 2) {
            System.err.println("usage: TwoInstancesPerson --url URL --instance a=PID --instance b=PID [--loss-limit-seconds S]");
            System.exit(2);
        }
        var person = new TwoInstancesPerson(url, instances, lossLimit);
        int status;
        try {
            status = person.run();
        } catch (Exception | AssertionError e) {
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.err);
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        var executable = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("no Chromium at " + executable);
        }
        var environment = new HashMap<>(System.getenv());
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
                var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable).setHeadless(true).setArgs(CHROMIUM_ARGS))) {
            context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(360, 780).setIsMobile(true).setHasTouch(true).setLocale("zh-CN")
                    .setBaseURL(base));
            context.setDefaultTimeout(30_000);
            page = context.newPage();
            journey();
        }
        if (problems.isEmpty()) {
            System.out.println("PASSED: nothing the person had typed more than " + seconds(lossLimitSeconds)
                    + " before the kill was lost; no application lost or duplicated on the pages");
            return 0;
        }
        problems.forEach(problem -> System.out.println("LOST OR WRONG: " + problem));
        return 1;
    }

    private void journey() {
        var phone = "1390" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        say("person: registers %s****%s", phone.substring(0, 3), phone.substring(7));
        result("phone", phone);
        register(phone, "王桂兰");
        var first = route().orElseThrow(() -> new AssertionError("nginx set no " + ROUTE_COOKIE + " cookie"));
        say("nginx: this phone is served by instance %s (cookie %s=%s)", first, ROUTE_COOKIE, first);
        result("served_before", first);

        fillProfile();
        var submitted = submitFirstApplication();
        say("person: submitted %s (%s) on instance %s", submitted, SUBMITTED_OFFER, route().orElse("?"));
        result("submitted_before", submitted);

        open("/apply/" + DRAFT_OFFER);
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        long draftId = applicationIdInAddress();
        result("draft_id", Long.toString(draftId));
        choose("q-worked-before", "是");
        page.locator("#q-last-job textarea").click();
        var typed = new StringBuilder();
        var typedAt = new ArrayList<Long>();
        type(TYPED_FIRST, typed, typedAt, 60);
        page.locator(".draft-status").filter(new Locator.FilterOptions().setHasText("草稿已保存")).waitFor();
        type(TYPED_BEFORE_KILL, typed, typedAt, KEY_INTERVAL_MS);

        var served = route().orElseThrow(() -> new AssertionError("no route cookie on the step page"));
        if (!served.equals(first)) {
            problems.add("the person moved from instance " + first + " to " + served + " while both were up (no stickiness)");
        }
        var victim = instances.get(served);
        if (victim == null) {
            throw new AssertionError("the route cookie names instance " + served + ", not one of " + instances.keySet());
        }
        var process = ProcessHandle.of(victim).orElseThrow(() -> new AssertionError("instance " + served
                + " (PID " + victim + ") is not running"));
        long killedAt = System.nanoTime();
        process.destroyForcibly();
        say("killed: instance %s (PID %d) with SIGKILL, %d characters into 做过什么工作？, the last typed %d ms before",
                served, victim, typed.length(), (killedAt - typedAt.getLast()) / 1_000_000);
        result("killed", served);

        // The person does not know; they type on, and the page's next message to the server meets the other instance.
        type(TYPED_AFTER_KILL, typed, typedAt, KEY_INTERVAL_MS);
        page.waitForURL(Pattern.compile(".*/sign-in(\\?.*)?$"), new Page.WaitForURLOptions().setTimeout(60_000));
        waitForPortal();
        long landedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        var after = route().orElse("?");
        var notice = page.locator("main").innerText();
        say("person: %d ms after the kill on the sign-in page of instance %s: \"%s\"", landedMillis, after,
                firstLine(notice, "为了安全"));
        result("served_after", after);
        result("landed_ms", Long.toString(landedMillis));
        if (after.equals(served)) {
            problems.add("after the kill the route cookie still names the dead instance " + served);
        }

        typeSignIn(phone);
        open("/applications");
        waitForHeading("我的申请");
        var cards = page.locator("li.application-card");
        var submittedCards = cards.filter(new Locator.FilterOptions().setHasText(submitted));
        if (submittedCards.count() != 1) {
            problems.add("我的申请 shows the application " + submitted + " " + submittedCards.count() + " times, not once");
        }
        var drafts = cards.filter(new Locator.FilterOptions().setHasText("草稿"));
        say("person: signed in again on instance %s; 我的申请 lists %d applications: %s once, %d draft",
                route().orElse("?"), cards.count(), submitted, drafts.count());
        if (drafts.count() != 1) {
            problems.add("我的申请 shows " + drafts.count() + " drafts, not 1");
            return;
        }
        drafts.first().locator("a.button-link").click();
        waitForStep("experience");
        if (applicationIdInAddress() != draftId) {
            problems.add("the draft opened is application " + applicationIdInAddress() + ", not " + draftId);
        }
        var workedBefore = page.locator("#q-worked-before vaadin-radio-button[checked]");
        if (workedBefore.count() != 1 || !"是".equals(workedBefore.innerText().strip())) {
            problems.add("the draft lost the answer 是 to 以前工作过吗？");
        }
        var kept = valueOf("q-last-job");
        compare(typed.toString(), typedAt, killedAt, kept);

        // Carried on where they were, on the instance that is left: the rest of the form, and 提交申请.
        page.locator("#q-last-job textarea").fill(TYPED_FIRST + TYPED_BEFORE_KILL);
        continueTo("farming");
        finishAgriculturalTraining();
        var second = submit();
        say("person: finished the draft and submitted it as %s on instance %s", second, route().orElse("?"));
        result("submitted_after", second);
    }

    /** What the other instance shows in the draft against what was typed, character by character in time. */
    private void compare(String typed, List<Long> typedAt, long killedAt, String kept) {
        int beforeKill = 0;
        while (beforeKill < typedAt.size() && typedAt.get(beforeKill) <= killedAt) {
            beforeKill++;
        }
        result("typed_before_kill", Integer.toString(beforeKill));
        result("kept", Integer.toString(kept.length()));
        if (!typed.startsWith(kept)) {
            problems.add("the draft holds \"" + kept + "\", which is not what was typed (\"" + typed + "\")");
            return;
        }
        if (kept.length() >= beforeKill) {
            say("draft: all %d characters typed before the kill are there (%d of %d typed in all; the rest came after)",
                    beforeKill, kept.length(), typed.length());
            result("lost_seconds", "0");
            return;
        }
        double lostSeconds = (killedAt - typedAt.get(kept.length())) / 1e9;
        say("draft: %d of the %d characters typed before the kill are there; lost: \"%s\", typed in the last %s before it",
                kept.length(), beforeKill, typed.substring(kept.length(), beforeKill), seconds(lostSeconds));
        result("lost_seconds", String.format("%.1f", lostSeconds));
        if (lostSeconds > lossLimitSeconds) {
            problems.add("the draft lost what was typed " + seconds(lostSeconds) + " before the kill (limit "
                    + seconds(lossLimitSeconds) + ")");
        }
    }

    // ---- the steps, as ApplicantJourneyBase takes them ------------------------------------------------------------

    private void register(String phone, String name) {
        open("/register");
        fill("register-phone", phone);
        page.locator("#send-code").click();
        page.waitForFunction("() => document.querySelector('.code-status').textContent.trim().length > 0");
        fill("register-code", codeSentTo(phone));
        fill("register-name", name);
        fill("register-password", PASSWORD);
        page.locator("#register-submit").click();
        page.waitForURL(Pattern.compile(".*/profile$"));
        waitForHeading("我的资料");
    }

    /**
     * The SMS: the sample profile's development page of the instance that sent it. Opened in a second tab of the same
     * phone, so nginx's route cookie takes it to that instance.
     */
    private String codeSentTo(String phone) {
        var masked = Pattern.quote(phone.substring(0, 3) + "****" + phone.substring(7));
        var pattern = Pattern.compile(masked + " · [^·]+ · 验证码 (\\d+)");
        var sms = context.newPage();
        try {
            sms.navigate(base + "/dev/verification-codes");
            sms.locator("#page-heading").waitFor();
            var matcher = pattern.matcher(sms.locator("main").innerText());
            if (!matcher.find()) {
                throw new AssertionError("no code for " + phone + " at /dev/verification-codes of instance "
                        + route().orElse("?"));
            }
            return matcher.group(1);
        } finally {
            sms.close();
        }
    }

    private void fillProfile() {
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        selectOption("profile-county", "莘县");
        fill("profile-township", "燕店镇");
        choose("profile-household", "农村户口");
        choose("profile-education", "初中");
        choose("profile-contact", "发短信");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();
    }

    private String submitFirstApplication() {
        open("/apply/" + SUBMITTED_OFFER);
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "是");
        fill("q-last-job", "在村里的砖厂干过三年");
        continueTo("farming");
        finishAgriculturalTraining();
        return submit();
    }

    /** From the farming step of an agricultural course to 检查您的回答. */
    private void finishAgriculturalTraining() {
        choose("q-farm-land", "是");
        page.locator("#q-farm-land-mu").waitFor();
        fill("q-farm-land-mu", "6");
        fill("q-crops", "大棚蔬菜");
        continueTo("goal");
        choose("q-training-goal", "找工作");
        continueTo("support");
        continueTo("contact");
        continueTo("check");
    }

    private String submit() {
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+/confirmation$"));
        waitForHeading("申请已提交");
        return page.locator("#reference").innerText().strip();
    }

    private void typeSignIn(String phone) {
        fill("sign-in-phone", phone);
        fill("sign-in-password", PASSWORD);
        page.locator("#sign-in-submit").click();
        page.waitForURL(address -> !address.contains("/sign-in"));
        waitForPortal();
    }

    /** Types one character at a time at a person's pace, noting when each was typed. */
    private void type(String text, StringBuilder typed, List<Long> typedAt, int intervalMs) {
        text.codePoints().forEach(c -> {
            page.keyboard().insertText(Character.toString(c));
            typed.appendCodePoint(c);
            typedAt.add(System.nanoTime());
            page.waitForTimeout(intervalMs);
        });
    }

    // ---- page helpers -------------------------------------------------------------------------------------------

    private Optional<String> route() {
        return context.cookies().stream().filter(cookie -> ROUTE_COOKIE.equals(cookie.name)).map(cookie -> cookie.value)
                .findFirst();
    }

    private void open(String path) {
        page.navigate(base + path);
        waitForPortal();
    }

    private void waitForPortal() {
        page.locator("#page-heading").waitFor();
        waitForVaadin();
    }

    private void waitForVaadin() {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private void waitForHeading(String heading) {
        page.waitForFunction("h => { const h1 = document.querySelector('h1'); return h1 && h1.textContent.trim() === h; }",
                heading);
        waitForVaadin();
    }

    private void continueTo(String step) {
        page.locator("#continue").click();
        waitForStep(step);
    }

    private void waitForStep(String step) {
        page.waitForURL(Pattern.compile(".*/applications/\\d+/"
                + ("check".equals(step) ? "check" : "step/" + Pattern.quote(step)) + "(\\?.*)?$"));
        waitForPortal();
    }

    private long applicationIdInAddress() {
        var matcher = Pattern.compile("/applications/(\\d+)").matcher(page.url());
        if (!matcher.find()) {
            throw new AssertionError("no application id in " + page.url());
        }
        return Long.parseLong(matcher.group(1));
    }

    private void fill(String id, String text) {
        box(id).fill(text);
    }

    private String valueOf(String id) {
        return box(id).inputValue();
    }

    /** The box of a Vaadin field (the input inside the element with the id) or the browser's own (the id's). */
    private Locator box(String id) {
        return page.locator("input#" + id + ", #" + id + " input, #" + id + " textarea").first();
    }

    private void choose(String groupId, String label) {
        page.locator("#" + groupId + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(exactly(label)))
                .first().locator("label").click();
        page.waitForFunction("([g, l]) => [...document.querySelectorAll('#' + g + ' vaadin-radio-button')]"
                + ".some(r => r.checked && r.textContent.trim() === l)", new Object[] {groupId, label});
    }

    private void selectOption(String selectId, String label) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(label))).first().click();
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
        waitForVaadin();
    }

    private static Pattern exactly(String text) {
        return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }

    private static String firstLine(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).findFirst().orElse("(no notice)").strip();
    }

    private static String seconds(double seconds) {
        return String.format("%.1f s", seconds);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

    private static void result(String key, String value) {
        System.out.println("RESULT " + key + "=" + value);
    }
}
