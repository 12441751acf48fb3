package org.disclosurewatch.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/** The CloudNativePG Cluster and ScheduledBackup (postgresql.cnpg.io/v1) fields the manifests may use. */
final class CloudNativePgModel {

    private CloudNativePgModel() {
    }

    record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
                       Storage storage, ResourceRequirements resources, Monitoring monitoring, Backup backup,
                       Postgresql postgresql) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, LocalRef secret) {
    }

    record LocalRef(String name) {
    }

    record Storage(String size, String storageClass) {
    }

    record Monitoring(Boolean enablePodMonitor) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore, String target) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, String serverName,
                             S3Credentials s3Credentials, Wal wal, Data data) {
    }

    record S3Credentials(SecretKeyRef accessKeyId, SecretKeyRef secretAccessKey, SecretKeyRef region,
                         SecretKeyRef sessionToken, Boolean inheritFromIAMRole) {
    }

    record SecretKeyRef(String name, String key) {
    }

    record Wal(String compression, String encryption, Integer maxParallel) {
    }

    record Data(String compression, String encryption, Integer jobs) {
    }

    record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    record ScheduledBackupSpec(String schedule, String backupOwnerReference, String method, Boolean immediate,
                               Boolean suspend, String target, LocalRef cluster) {
    }
}
