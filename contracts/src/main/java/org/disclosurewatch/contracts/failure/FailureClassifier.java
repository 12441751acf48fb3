package org.disclosurewatch.contracts.failure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.disclosurewatch.contracts.json.UnsupportedRecordException;

/**
 * Sorts a processing failure into {@link FailureKind}s by walking its cause chain. Plain code, no framework:
 * <ul>
 *   <li>{@link UnsupportedRecordException} or a JSON error anywhere in the chain: {@link FailureKind#PERMANENT}
 *   (the record is unreadable; no retry makes it readable).</li>
 *   <li>SQL state of class 08 (connection), 40 (serialization failure, deadlock), 53 (insufficient resources),
 *   57 (operator intervention: shutdown, cancel), 58 (system error), 55P03 (lock not available), HY000 with a
 *   connection message; {@link SQLTransientException}, {@link SQLRecoverableException}: {@link FailureKind#TRANSIENT}.</li>
 *   <li>SQL state 23505 (unique violation): {@link FailureKind#CONFLICT}.</li>
 *   <li>Kafka's retriable errors ({@code org.apache.kafka.common.errors.RetriableException}, its timeouts,
 *   a disconnected or unavailable broker), {@link TimeoutException}, any {@link IOException} (refused, reset,
 *   timed out) and the connection errors of JDBC pools and Hibernate (by class name, so that this code needs
 *   neither): {@link FailureKind#TRANSIENT}.</li>
 *   <li>Anything else: {@link FailureKind#PERMANENT}.</li>
 * </ul>
 * A transient cause anywhere in the chain wins over the wrappers around it (a transaction rollback caused by
 * a lost connection is transient).
 */
public final class FailureClassifier {
    private static final Set<String> TRANSIENT_CLASS_NAMES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "org.hibernate.QueryTimeoutException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.apache.kafka.common.errors.NetworkException",
            "org.apache.kafka.common.errors.NotEnoughReplicasException",
            "org.apache.kafka.common.errors.NotLeaderOrFollowerException",
            "org.apache.kafka.common.errors.BrokerNotAvailableException",
            "org.apache.kafka.common.errors.CoordinatorNotAvailableException",
            "org.apache.kafka.common.errors.InterruptException");
    private static final Set<String> PERMANENT_CLASS_NAMES = Set.of(
            "com.fasterxml.jackson.core.JacksonException",
            "org.apache.kafka.common.errors.RecordTooLargeException",
            "org.apache.kafka.common.errors.SerializationException");
    private static final String[] TRANSIENT_MESSAGES = {
            "acquisition timeout", "unable to acquire jdbc connection", "connection refused", "connection reset",
            "i/o error occurred", "the connection attempt failed", "this connection has been closed",
            "terminating connection", "the database system is starting up", "the database system is shutting down",
            "broken pipe", "timed out", "timeout expired"};

    private FailureClassifier() {
    }

    public static FailureKind classify(Throwable failure) {
        boolean conflict = false;
        boolean unreadable = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof UnsupportedRecordException || hasTypeNamed(t, PERMANENT_CLASS_NAMES)) {
                unreadable = true;
            }
            if (t instanceof SQLException sql) {
                FailureKind k = ofSqlState(sql);
                if (k == FailureKind.TRANSIENT) {
                    return FailureKind.TRANSIENT;
                }
                conflict |= k == FailureKind.CONFLICT;
                if (sql.getNextException() != null && ofSqlState(sql.getNextException()) == FailureKind.TRANSIENT) {
                    return FailureKind.TRANSIENT;
                }
            }
            if (!unreadable && isTransient(t)) {
                return FailureKind.TRANSIENT;
            }
        }
        if (unreadable) {
            return FailureKind.PERMANENT;
        }
        return conflict ? FailureKind.CONFLICT : FailureKind.PERMANENT;
    }

    /** The kind a SQL state stands for: connection and resource classes are transient, 23505 a conflict. */
    static FailureKind ofSqlState(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return FailureKind.TRANSIENT;
        }
        String state = e.getSQLState();
        if (state == null || state.length() < 2) {
            return messageIsTransient(e.getMessage()) ? FailureKind.TRANSIENT : FailureKind.PERMANENT;
        }
        if ("23505".equals(state)) {
            return FailureKind.CONFLICT;
        }
        if ("55P03".equals(state)) {
            return FailureKind.TRANSIENT;
        }
        return switch (state.substring(0, 2)) {
            case "08", "40", "53", "57", "58" -> FailureKind.TRANSIENT;
            case "HY", "XX" -> messageIsTransient(e.getMessage()) ? FailureKind.TRANSIENT : FailureKind.PERMANENT;
            default -> FailureKind.PERMANENT;
        };
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof TimeoutException) {
            return true;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            // a JSON parse error is an IOException too; it is caught above as unreadable
            return true;
        }
        if (hasTypeNamed(t, TRANSIENT_CLASS_NAMES)) {
            return true;
        }
        return !(t instanceof SQLException) && t.getClass().getName().startsWith("io.agroal")
                && messageIsTransient(t.getMessage());
    }

    private static boolean messageIsTransient(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        for (String s : TRANSIENT_MESSAGES) {
            if (m.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class of {@code t} or one of its superclasses has one of the names. */
    private static boolean hasTypeNamed(Throwable t, Set<String> names) {
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
