-- Removing a personal due date (issue 17): the assignment's date is kept beside the personal one, so
-- that due_on can go back to it. Where no personal date is set, due_on is the assignment's date;
-- where one was set before this migration, the assignment's date was overwritten and is not known
-- (removing such a personal date leaves no due date until the cohort or assignment sets one again).
ALTER TABLE crs_enrolment ADD COLUMN assigned_due_on DATE AFTER personal_due_by;
UPDATE crs_enrolment SET assigned_due_on = due_on WHERE personal_due_on IS NULL;
