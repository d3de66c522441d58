-- PostgreSQL indexes for the branch tree and staff lists: a subtree is a path prefix (path like '/1/4/%'),
-- which a btree serves under a non-C collation only with varchar_pattern_ops; the node list's counts look
-- children up by parent; the supermarket's institution filter finds branches by region.
create index if not exists institution_node_institution_path
    on institution_node (institution_id, path varchar_pattern_ops);
create index if not exists institution_node_parent on institution_node (parent_id);
create index if not exists institution_node_region on institution_node (region_code);
create index if not exists institution_staff_institution_created
    on institution_staff (institution_id, created_at desc, account_id desc);
