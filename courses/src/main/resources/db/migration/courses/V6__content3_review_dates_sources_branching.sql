-- Content that stays correct: each lesson's review (who reviewed it, when, when it is due again) travels
-- from the package to the draft item and, inside the snapshot, with every published version; a version
-- can ask certificate holders to complete the course again (the reason is shown to them); a trainer
-- marks a cited source as touched by a change of law, which lists the lessons that cite it. A branching
-- scenario records the choices a trainee made.
ALTER TABLE crs_item
  ADD COLUMN reviewed_by VARCHAR(200),
  ADD COLUMN reviewed_on DATE,
  ADD COLUMN review_due DATE;

ALTER TABLE crs_version
  ADD COLUMN recompletion_reason VARCHAR(2000);

ALTER TABLE crs_item_progress
  ADD COLUMN branch_path VARCHAR(1000);

-- A source (named by its link, as lessons cite it) that a change of law or practice touches. A lesson
-- that cites it stays listed until it is published with a review made after the day of the mark.
CREATE TABLE crs_source_flag (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  url VARCHAR(1000) NOT NULL,
  note VARCHAR(2000) NOT NULL,
  flagged_by BIGINT NOT NULL,
  flagged_at DATETIME NOT NULL,
  CONSTRAINT fk_crs_source_flag_org FOREIGN KEY (organisation_id) REFERENCES plt_organisation (id),
  CONSTRAINT fk_crs_source_flag_account FOREIGN KEY (flagged_by) REFERENCES plt_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_crs_source_flag_org ON crs_source_flag (organisation_id, flagged_at);
