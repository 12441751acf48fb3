package org.disclosurewatch.store.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** One cell of one version; {@code value} null means the filing left it blank. */
@Entity
@Table(name = "cell")
public class StoredCell extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "cell_ids", sequenceName = "cell_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cell_ids")
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public DocumentVersion version;
    public String path;
    @Column(precision = 30, scale = 6)
    public BigDecimal value;
    public String kind;

    public static List<StoredCell> ofVersion(DocumentVersion version) {
        return list("version = ?1 order by id", version);
    }
}
