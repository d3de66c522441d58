-- The referral code of the customer manager's QR link an enterprise user registered through.
alter table identity_account add column referral_code varchar(16);
