-- The keys a course package gave a module and an item ("signs", "building-site"), kept so that
-- export writes them again and a bank question's "lesson" ("signs/building-site") finds its item
-- after import (issue 12: a failed quiz points back to the lessons of the missed questions).
-- Null for modules and items made in the editor: their key is made from the title, as before.
ALTER TABLE crs_module ADD COLUMN package_key VARCHAR(80) NULL;
ALTER TABLE crs_item ADD COLUMN package_key VARCHAR(80) NULL;
