package fr.allervers.security;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByConsortiumIdOrderByOccurredAtDescIdDesc(Long consortiumId, Limit limit);
}
