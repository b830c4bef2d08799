-- The bank's answers to a referral (已受理, 已放款, 未获批) belong in the applicant's history and notifications, but
-- are not statuses of the DPF's decision: the application stays 已通过 while the bank works on it.
alter table applications_status_change add column step varchar(30)
    check (step in ('BANK_ACCEPTED', 'BANK_DISBURSED', 'BANK_DECLINED'));
alter table applications_notification add column step varchar(30)
    check (step in ('BANK_ACCEPTED', 'BANK_DISBURSED', 'BANK_DECLINED'));
