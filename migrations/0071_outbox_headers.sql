-- Messages that need more than the plain text: extra header lines ("Name: value", one a line, such as the
-- newsletters' List-Unsubscribe) and an HTML alternative of the body (a newsletter's Markdown, rendered).
ALTER TABLE outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN html TEXT NOT NULL DEFAULT '';
