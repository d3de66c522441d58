package org.xinyidai.enterprise.authentication;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The certificate images an enterprise uploaded for 证照认证, one of each kind (a new upload replaces it). */
@Repository
class Certificates {

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long enterpriseId, CertificateKind kind, CertificateImage image, OffsetDateTime at) {
        jdbc.sql("delete from enterprise_certificate where enterprise_id = :id and kind = :kind")
                .param("id", enterpriseId).param("kind", kind.name()).update();
        jdbc.sql("""
                insert into enterprise_certificate (enterprise_id, kind, content, content_type, uploaded_at)
                values (:id, :kind, :content, :type, :at)""")
                .param("id", enterpriseId).param("kind", kind.name()).param("content", image.content())
                .param("type", image.contentType()).param("at", at).update();
    }

    Optional<CertificateImage> find(long enterpriseId, CertificateKind kind) {
        return jdbc.sql("select content, content_type from enterprise_certificate where enterprise_id = :id and kind = :kind")
                .param("id", enterpriseId).param("kind", kind.name())
                .query((rs, n) -> new CertificateImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    List<CertificateKind> kinds(long enterpriseId) {
        return jdbc.sql("select kind from enterprise_certificate where enterprise_id = :id order by kind")
                .param("id", enterpriseId).query(String.class).list().stream().map(CertificateKind::valueOf).sorted()
                .toList();
    }
}
