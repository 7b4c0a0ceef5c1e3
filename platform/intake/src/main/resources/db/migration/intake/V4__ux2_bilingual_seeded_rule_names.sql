-- The routing rules Tegn seeds carry their names in both languages (a Danish screen said "Women"),
-- as the team names do: {"da": "...", "en": "..."}. Rules an admin wrote keep the admin's words.
-- Referrals keep the name of the rule that routed them, so their copies are translated too.
ALTER TABLE itk_routing_rule MODIFY name VARCHAR(255) NOT NULL;
ALTER TABLE itk_referral MODIFY routing_rule_name VARCHAR(300) NOT NULL;

UPDATE itk_routing_rule SET name = '{"da":"Under 18 eller muligvis under 18","en":"Under 18 or possibly under 18"}'
  WHERE name = 'Under 18 or possibly under 18';
UPDATE itk_routing_rule SET name = '{"da":"Kvinder","en":"Women"}' WHERE name = 'Women';
UPDATE itk_routing_rule SET name = '{"da":"Mænd","en":"Men"}' WHERE name = 'Men';
UPDATE itk_routing_rule SET name = '{"da":"Standard: andet eller ukendt køn","en":"Default: other or unknown gender"}'
  WHERE name = 'Default: other or unknown gender';

UPDATE itk_referral SET routing_rule_name = '{"da":"Under 18 eller muligvis under 18","en":"Under 18 or possibly under 18"}'
  WHERE routing_rule_name = 'Under 18 or possibly under 18';
UPDATE itk_referral SET routing_rule_name = '{"da":"Kvinder","en":"Women"}' WHERE routing_rule_name = 'Women';
UPDATE itk_referral SET routing_rule_name = '{"da":"Mænd","en":"Men"}' WHERE routing_rule_name = 'Men';
UPDATE itk_referral SET routing_rule_name = '{"da":"Standard: andet eller ukendt køn","en":"Default: other or unknown gender"}'
  WHERE routing_rule_name = 'Default: other or unknown gender';
UPDATE itk_referral SET routing_rule_name = 'fallback: {"da":"Standard: andet eller ukendt køn","en":"Default: other or unknown gender"}'
  WHERE routing_rule_name = 'fallback: Default: other or unknown gender';
