package cn.liaocheng.jobs.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, UUID> {

    List<Document> findByOwnerAccountIdOrderByCreatedAt(long ownerAccountId);
}
