-- Tries of a code are counted per client address in accounts_rate_limit, so that a stranger's wrong guesses do not use
-- up the code on the person's own phone.
alter table accounts_verification_code drop column attempts;
