-- PostgreSQL index for the message centre's list: one person's messages, newest first.
create index if not exists messaging_message_recipient_created
    on messaging_message (recipient_account_id, created_at desc, id desc);
