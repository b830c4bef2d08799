package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.accounts.RateLimits.Key;
import cn.liaocheng.jobs.accounts.RateLimits.Permit;
import cn.liaocheng.jobs.shared.PhoneNumber;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often passwords may be tried, counted four ways; each attempt takes a token from each bucket, and a right
 * password gives them back, so only wrong ones count:
 * <ul>
 * <li>per number and client address: three tries at once, then one every 30 seconds, and after six in a row one
 * every 15 minutes. Two or three slips cost nothing (people with tremor or a screen reader mistype), and no image
 * puzzle is needed (WCAG 3.3.8). A stranger's wrong passwords use up the stranger's own bucket, not the one of the
 * person on their own phone;</li>
 * <li>per number from anywhere: 20, refilled at 10 an hour. One or two addresses cannot empty it; against one
 * number, an attacker with many addresses gets at most 10 guesses an hour;</li>
 * <li>per client address for all numbers: 30 an hour, against trying one password on many accounts;</li>
 * <li>overall: {@code portal.limits.failed-sign-ins-per-hour} (300), against spraying from many addresses.</li>
 * </ul>
 * Buckets are keyed by the typed number, whether or not it has an account, so the answers do not tell which numbers
 * are registered. Calls without an HTTP request (tests, the portal itself) have no per-address bucket.
 */
@Component
class SignInLimits {

    static final Limit PER_NUMBER_AND_ADDRESS = new Limit("sign-in:number+address", BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(1, Duration.ofSeconds(30)))
            .addLimit(limit -> limit.capacity(6).refillGreedy(4, Duration.ofHours(1)))
            .build());
    static final Limit PER_NUMBER = new Limit("sign-in:number", BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(20).refillGreedy(10, Duration.ofHours(1))).build());
    static final Limit PER_ADDRESS = Limit.of("sign-in:address", 30, Duration.ofHours(1));

    /** A wait this long or longer is shown as a lock, with the way out: a new password with a code. */
    static final Duration LOCK = Duration.ofMinutes(5);

    sealed interface Attempt {
        /** The password may be checked; report the result with {@link #succeeded} or {@link #failed}. */
        record Allowed(Ticket ticket) implements Attempt {}

        /** Too many wrong passwords for this number (from here, or from everywhere). */
        record Wait(Instant retryAt, boolean locked) implements Attempt {}

        /** Too many wrong passwords from this address, or on the whole portal. */
        record Busy(Instant retryAt) implements Attempt {}
    }

    record Ticket(Key numberFromHere, Key number, List<Key> taken) {}

    private final RateLimits limits;
    private final CurrentClient client;
    private final Limit overall;

    SignInLimits(RateLimits limits, CurrentClient client,
            @Value("${portal.limits.failed-sign-ins-per-hour:300}") long overallPerHour) {
        this.limits = limits;
        this.client = client;
        // The figure is part of the name: a changed setting starts a new bucket with the new size.
        this.overall = Limit.of("sign-in:overall:" + overallPerHour + "/h", overallPerHour, Duration.ofHours(1));
    }

    Attempt begin(PhoneNumber phone) {
        var address = client.address();
        var numberFromHere = limits.key(PER_NUMBER_AND_ADDRESS, phone.value(), address.key());
        var number = limits.key(PER_NUMBER, phone.value());
        var keys = new ArrayList<>(List.of(numberFromHere, number));
        if (!address.equals(ClientAddress.INTERNAL)) {
            keys.add(limits.key(PER_ADDRESS, address.key()));
        }
        keys.add(limits.key(overall));
        return switch (limits.take(keys)) {
            case Permit.Granted granted -> new Attempt.Allowed(new Ticket(numberFromHere, number, granted.taken()));
            case Permit.Refused(var limit, var retryAt) -> limit == PER_NUMBER_AND_ADDRESS || limit == PER_NUMBER
                    ? wait(retryAt)
                    : new Attempt.Busy(retryAt);
        };
    }

    /** The right password: this address starts afresh for this number, and the attempt counts nowhere else. */
    void succeeded(Ticket ticket) {
        limits.forget(ticket.numberFromHere());
        limits.giveBack(ticket.taken().stream().filter(key -> !key.equals(ticket.numberFromHere())).toList());
    }

    /** A wrong password; says until when to wait if the next try for this number cannot be made at once. */
    Optional<Attempt.Wait> failed(Ticket ticket) {
        return Stream.of(limits.nextToken(ticket.numberFromHere()), limits.nextToken(ticket.number()))
                .flatMap(Optional::stream).max(Instant::compareTo).map(this::wait);
    }

    /** The person proved they hold the phone (a code): their number starts afresh, here and everywhere. */
    void forgive(PhoneNumber phone) {
        limits.forget(limits.key(PER_NUMBER_AND_ADDRESS, phone.value(), client.address().key()));
        limits.forget(limits.key(PER_NUMBER, phone.value()));
    }

    private Attempt.Wait wait(Instant retryAt) {
        return new Attempt.Wait(retryAt, !retryAt.isBefore(limits.now().plus(LOCK)));
    }
}
