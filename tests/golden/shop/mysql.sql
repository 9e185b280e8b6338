-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

-- file: 001_lookup_city_de_de_adc7c8a2f136.sql (lookup data, sha256 90012044f7387c3aea254b8c598ad3d3e22676d6b52ad811d6f1a4c66a8f061c)

-- file: 002_lookup_first_name_en_us_0780cf166fbf.sql (lookup data, sha256 d11c874b24fe65e1ae36f2d4ef074a00cbcecee23254cdaf44877a67e75cd7fb)

-- file: 003_lookup_last_name_en_us_98d08c045bae.sql (lookup data, sha256 6db6e6afe34fd8f0c96708d59f68b7e8f536de7098daa5e4db05db83cdde6210)

-- file: 004_lookup_postal_code_de_de_7aaa35513755.sql (lookup data, sha256 c0ec691c3f14b84ff64a3b033de689468251835ee1314fe6508e5ff21c8e9379)

-- file: 005_lookup_street_address_en_us_19c90c0e6f83.sql (lookup data, sha256 f9eecfe1efe48c8674547b508efd313ee0e0b04e9cc3eecca2a3bd2636ebeca1)

-- file: 006_customers.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of public.customers in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `masked`.`_dm_stage_21eb2153dd14` AS
SELECT
  `src`.`id` AS `id`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      SUBSTRING(`src`.`_dm_digest_1`, 1, 16),
      '@',
      CASE
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 0
        THEN 'example.com'
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 17, 2), 16, 10) AS SIGNED) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS CHAR(120)) AS `email`,
  CAST(CASE WHEN `src`.`first_name` IS NULL THEN NULL ELSE `_dm_l1`.`value` END AS CHAR(40)) AS `first_name`,
  CAST(CASE WHEN `src`.`last_name` IS NULL THEN NULL ELSE `_dm_l2`.`value` END AS CHAR(40)) AS `last_name`,
  CAST(CASE
    WHEN `src`.`phone` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`phone`) <= 2
      THEN REGEXP_REPLACE(`src`.`phone`, '[^ ()+.-]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(SUBSTRING(`src`.`phone`, 1, CHAR_LENGTH(`src`.`phone`) - 2), '[^ ()+.-]', '*'),
        SUBSTRING(`src`.`phone`, CHAR_LENGTH(`src`.`phone`) - 2 + 1, 2)
      )
    END
  END AS CHAR(24)) AS `phone`,
  CAST(NULL AS DATE) AS `birth_date`,
  `src`.`created_at` AS `created_at`,
  `src`.`is_vip` AS `is_vip`,
  CAST(NULL AS CHAR(500)) AS `notes`
FROM (
  SELECT
    `src`.*,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
          CAST(`src`.`email` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
          CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_2`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
          CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_3`
  FROM `public`.`customers` AS `src`
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_first_name_en_us_0780cf166fbf` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 690
LEFT JOIN `masked`.`_dm_lookup_last_name_en_us_98d08c045bae` AS `_dm_l2`
  ON `_dm_l2`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 1, 15), 16, 10) AS SIGNED) % 1000;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `email` VARCHAR(120) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `first_name` VARCHAR(40) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `last_name` VARCHAR(40) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `created_at` DATETIME NOT NULL;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `is_vip` BOOLEAN NOT NULL;

-- file: 007_addresses.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of public.addresses in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_fe79d7d4f725`;

CREATE TABLE `masked`.`_dm_stage_fe79d7d4f725` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  CAST(CASE WHEN `src`.`street` IS NULL THEN NULL ELSE `_dm_l1`.`value` END AS CHAR(120)) AS `street`,
  CAST(CASE WHEN `src`.`city` IS NULL THEN NULL ELSE `_dm_l2`.`value` END AS CHAR(60)) AS `city`,
  CAST(CASE WHEN `src`.`postal_code` IS NULL THEN NULL ELSE `_dm_l3`.`value` END AS CHAR(12)) AS `postal_code`,
  `src`.`country` AS `country`
FROM (
  SELECT
    `src`.*,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'e6afc0773fc6fb705640f7104f74fdd383f4ee52d86fd26301849f14ced56751',
          CAST(`src`.`street` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_1`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          'dc0ee697f6e0dd9c69d6d277e628977e3d6dbd611705318d9a8598347aa90bbf',
          CAST(`src`.`city` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_2`,
    LOWER(
      SHA2(
        CAST(CONCAT(
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          ),
          '887656d130c285fc90959c237b23c37282af42ce2cbe53abd217b042cb7f3196',
          CAST(`src`.`postal_code` AS CHAR CHARACTER SET utf8mb4)
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ) AS `_dm_digest_3`
  FROM `public`.`addresses` AS `src`
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_street_address_en_us_19c90c0e6f83` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 4000
LEFT JOIN `masked`.`_dm_lookup_city_de_de_adc7c8a2f136` AS `_dm_l2`
  ON `_dm_l2`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 392
LEFT JOIN `masked`.`_dm_lookup_postal_code_de_de_7aaa35513755` AS `_dm_l3`
  ON `_dm_l3`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 1, 15), 16, 10) AS SIGNED) % 4000;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `customer_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `street` VARCHAR(120) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `city` VARCHAR(60) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `postal_code` VARCHAR(12) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_fe79d7d4f725`
MODIFY COLUMN `country` CHAR(2) NOT NULL;

-- file: 008_orders.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of public.orders in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_1c168adb00d2`;

CREATE TABLE `masked`.`_dm_stage_1c168adb00d2` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`customer_id` AS `customer_id`,
  `src`.`shipping_address_id` AS `shipping_address_id`,
  `src`.`ordered_at` AS `ordered_at`,
  `src`.`status` AS `status`,
  `src`.`total` AS `total`
FROM `public`.`orders` AS `src`;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `customer_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `ordered_at` DATETIME NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `status` VARCHAR(16) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_1c168adb00d2`
MODIFY COLUMN `total` DECIMAL(10, 2) NOT NULL;

-- file: 009_payments.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- builds the masked copy of public.payments in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_df384ae97c77`;

CREATE TABLE `masked`.`_dm_stage_df384ae97c77` AS
SELECT
  `src`.`id` AS `id`,
  `src`.`order_id` AS `order_id`,
  CAST(CASE
    WHEN `src`.`card_number` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(`src`.`card_number`) <= 4
      THEN REGEXP_REPLACE(`src`.`card_number`, '[^ -]', '*')
      ELSE CONCAT(
        REGEXP_REPLACE(
          SUBSTRING(`src`.`card_number`, 1, CHAR_LENGTH(`src`.`card_number`) - 4),
          '[^ -]',
          '*'
        ),
        SUBSTRING(`src`.`card_number`, CHAR_LENGTH(`src`.`card_number`) - 4 + 1, 4)
      )
    END
  END AS CHAR(19)) AS `card_number`,
  `src`.`card_last4` AS `card_last4`,
  `src`.`amount` AS `amount`,
  `src`.`paid_at` AS `paid_at`
FROM `public`.`payments` AS `src`;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `order_id` INT NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `card_number` VARCHAR(19) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `card_last4` CHAR(4) NOT NULL;

ALTER TABLE `masked`.`_dm_stage_df384ae97c77`
MODIFY COLUMN `amount` DECIMAL(10, 2) NOT NULL;

-- file: 010_swap.sql
-- datamask-sql 0.1.0, algorithm dm1, dialect mysql
-- replaces each target table by its verified staging table

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

CREATE TABLE IF NOT EXISTS `masked`.`customers`
LIKE `masked`.`_dm_stage_21eb2153dd14`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

CREATE TABLE IF NOT EXISTS `masked`.`addresses`
LIKE `masked`.`_dm_stage_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

CREATE TABLE IF NOT EXISTS `masked`.`orders`
LIKE `masked`.`_dm_stage_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

CREATE TABLE IF NOT EXISTS `masked`.`payments`
LIKE `masked`.`_dm_stage_df384ae97c77`;

RENAME TABLE `masked`.`customers` TO `masked`.`_dm_old_21eb2153dd14`, `masked`.`_dm_stage_21eb2153dd14` TO `masked`.`customers`, `masked`.`addresses` TO `masked`.`_dm_old_fe79d7d4f725`, `masked`.`_dm_stage_fe79d7d4f725` TO `masked`.`addresses`, `masked`.`orders` TO `masked`.`_dm_old_1c168adb00d2`, `masked`.`_dm_stage_1c168adb00d2` TO `masked`.`orders`, `masked`.`payments` TO `masked`.`_dm_old_df384ae97c77`, `masked`.`_dm_stage_df384ae97c77` TO `masked`.`payments`;

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

DROP TABLE IF EXISTS `masked`.`_dm_old_fe79d7d4f725`;

DROP TABLE IF EXISTS `masked`.`_dm_old_1c168adb00d2`;

DROP TABLE IF EXISTS `masked`.`_dm_old_df384ae97c77`;

