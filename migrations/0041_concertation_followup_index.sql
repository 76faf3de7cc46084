-- The follow-up table shows one page of a group's situations, open ones first then the most recent. This index
-- holds exactly that order (the same CASE expression as the query's ORDER BY), so a page is read from the index
-- alone instead of sorting every situation of the group; its last columns make the count of open situations
-- whose person is not recorded as informed an index-only scan too. Measured with 5,000 situations and 50,000
-- agreements: see docs/concertation.md.
CREATE INDEX concertation_situations_followup ON concertation_situations (group_id, (CASE WHEN status = 'closed' THEN 1 ELSE 0 END), created_at DESC, id DESC, status, informed);
-- Each row's open and overdue agreements are counted from this index only (situation, status, due date); it
-- supersedes the index on (situation_id, status), which is its prefix.
CREATE INDEX concertation_agreements_followup ON concertation_agreements (situation_id, status, due_at);
DROP INDEX concertation_agreements_situation;
