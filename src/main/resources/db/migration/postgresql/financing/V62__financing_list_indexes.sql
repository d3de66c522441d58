-- PostgreSQL indexes for the order lists' filters and sorts and the workbench figures. A node's subtree is a
-- path prefix (o.node_path like '/1/4/%'): only varchar_pattern_ops lets a LIKE prefix use a btree under a
-- non-C collation. Partial indexes (PostgreSQL only) keep the deadline jobs' scans small.
create index if not exists financing_order_institution_path
    on financing_order (institution_id, node_path varchar_pattern_ops);
create index if not exists financing_order_submitted on financing_order (submitted_at desc, id desc);
create index if not exists financing_order_site_status on financing_order (site_code, status, submitted_at desc);
create index if not exists financing_order_enterprise_submitted on financing_order (enterprise_id, submitted_at desc);
create index if not exists financing_order_manager_submitted on financing_order (manager_account, submitted_at desc);
create index if not exists financing_order_product on financing_order (product_id);
create index if not exists financing_order_node on financing_order (node_id);
create index if not exists financing_order_submitted_deadline on financing_order (accept_deadline)
    where status = 'SUBMITTED';
create index if not exists financing_credit_approved on financing_credit (approved_at);
create index if not exists financing_loan_disbursed on financing_loan (disbursed_on);
create index if not exists financing_progress_accepted on financing_progress (at) where to_status = 'ACCEPTED';
