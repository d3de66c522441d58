-- One open application per enterprise and product, held by the database (two submits at once both passed the
-- check in Applications). open_key is 'enterprise_id:product_id' while an order the enterprise applied for is
-- open, NULL once it is SETTLED, REJECTED, WITHDRAWN or EXPIRED (and for advisors' dispatches). NULLs are
-- distinct under a unique constraint on H2 and PostgreSQL alike; a partial unique index would not run on H2.
alter table financing_order add column open_key varchar(64);

-- Existing open applications get their key; where an enterprise already had two open for one product, only the
-- newest holds it and the older ones stay NULL (they remain open, nobody loses an order).
update financing_order o
   set open_key = cast(o.enterprise_id as varchar(20)) || ':' || cast(o.product_id as varchar(20))
 where o.product_id is not null
   and o.channel <> 'DISPATCH'
   and o.status not in ('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')
   and o.id = (select max(n.id) from financing_order n
                where n.enterprise_id = o.enterprise_id and n.product_id = o.product_id
                  and n.channel <> 'DISPATCH'
                  and n.status not in ('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED'));

alter table financing_order add constraint financing_order_one_open unique (open_key);
