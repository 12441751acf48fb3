package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A body that files annual reports. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "agency_ids", sequenceName = "agency_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_ids")
    public Long id;
    public String name;
    /** government, department or township; null when not known. */
    public String level;
    public String region;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Agency byName(String name) {
        return find("name", name).firstResult();
    }
}
