package org.disclosurewatch.contracts.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.disclosurewatch.contracts.json.Json;
import org.disclosurewatch.contracts.json.UnsupportedRecordException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    /** What Hibernate throws when the pool cannot open a connection: a wrapper around the driver's 08001. */
    static final class JDBCConnectionException extends RuntimeException {
        JDBCConnectionException(String m, Throwable c) {
            super(m, c);
        }
    }

    @Test
    void connectionRefusedByThePoolIsTransient() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:15432 refused.", "08001",
                new ConnectException("Connection refused"));
        RuntimeException wrapped = new IllegalStateException("Unable to acquire JDBC Connection",
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused));
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(wrapped));
    }

    @Test
    void ioErrorWhileSendingToTheBackendIsTransient() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new java.io.EOFException());
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(new RuntimeException("commit failed", io)));
    }

    @Test
    void poolAcquisitionTimeoutWithoutSqlStateIsTransient() {
        assertEquals(FailureKind.TRANSIENT,
                FailureClassifier.classify(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertEquals(FailureKind.TRANSIENT,
                FailureClassifier.classify(new RuntimeException(new SQLTransientConnectionException("gone"))));
    }

    @Test
    void serializationFailuresDeadlocksAndAdminShutdownAreTransient() {
        for (String state : new String[] {"40001", "40P01", "57P01", "53300", "55P03", "08003"}) {
            assertEquals(FailureKind.TRANSIENT,
                    FailureClassifier.classify(new RuntimeException(new SQLException("x", state))), state);
        }
    }

    @Test
    void socketTimeoutsAndKafkaTimeoutsAreTransient() {
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(new RuntimeException(new SocketTimeoutException())));
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(
                new org.apache.kafka.common.errors.TimeoutException("Expiring 1 record(s)")));
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(
                new java.util.concurrent.CompletionException(new org.apache.kafka.common.errors.NetworkException("down"))));
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(new java.util.concurrent.TimeoutException()));
    }

    @Test
    void uniqueViolationIsAConflict() {
        SQLException dup = new SQLException("duplicate key value violates unique constraint \"agency_name_key\"", "23505");
        assertEquals(FailureKind.CONFLICT, FailureClassifier.classify(new RuntimeException("constraint", dup)));
    }

    @Test
    void unreadableRecordsAndUnknownSchemasArePermanent() {
        UnsupportedRecordException unknown = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedRecordException.class,
                () -> Json.read("{\"schema\":\"x.v9\"}".getBytes(), org.disclosurewatch.contracts.events.ValidatedReport.class, org.disclosurewatch.contracts.events.ValidatedReport.SCHEMA));
        assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(unknown));
        UnsupportedRecordException garbage = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedRecordException.class,
                () -> Json.read("{not json".getBytes(), org.disclosurewatch.contracts.events.ValidatedReport.class, org.disclosurewatch.contracts.events.ValidatedReport.SCHEMA));
        // the cause is a JSON parse error, an IOException: still unreadable, not transient
        assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(garbage));
    }

    @Test
    void invalidContentAndConstraintErrorsArePermanent() {
        assertEquals(FailureKind.PERMANENT,
                FailureClassifier.classify(new IllegalArgumentException("report without agency or year")));
        assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(
                new RuntimeException(new SQLException("value too long for type character varying(255)", "22001"))));
        assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(
                new org.apache.kafka.common.errors.RecordTooLargeException("too large")));
    }

    @Test
    void aTransientCauseBehindAnyWrapperWins() {
        Throwable deep = new RuntimeException("rollback", new IllegalStateException("tx",
                new IOException("Connection reset by peer")));
        assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(deep));
    }
}
