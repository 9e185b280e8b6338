-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS `masked`;

CREATE TABLE IF NOT EXISTS `masked`.`_datamask_meta` (
  `table_name` VARCHAR(255) NOT NULL,
  `key_fingerprint` VARCHAR(64) NOT NULL,
  `rules_sha256` VARCHAR(64) NOT NULL,
  `algorithm` VARCHAR(16) NOT NULL,
  `mode` VARCHAR(16) NOT NULL,
  `cursor_column` VARCHAR(255),
  `watermark` VARCHAR(255),
  `built_at` VARCHAR(40),
  PRIMARY KEY (`table_name`)
);

-- file: 001_lookup_city_by_locale_60_ad8d1eb31bc6.sql (lookup data, sha256 c479f78a1a4cb3b38d36af23127fa79eb85a933225611e9ec0c267e4b2892dd1)

-- file: 002_lookup_email_first_name_by_locale_40_478a702d45fd.sql (lookup data, sha256 88597c0011f85d2814238a2ebed6a135e2d892f569aa07115d16fd399d399997)

-- file: 003_lookup_email_last_name_de_de_abf69582b098.sql (lookup data, sha256 1d2446d0257cf527c249317ec35a7b3a8ed59007c7562a2640b57a8560d37731)

-- file: 004_lookup_first_name_by_locale_40_ca7c798a0ea1.sql (lookup data, sha256 0d47ab77fac4b6036f687d0002265effec03b835f98149c787f0af7151932483)

-- file: 005_lookup_last_name_de_de_d00d2a8880cb.sql (lookup data, sha256 24fa64970faba4ffdabe81266e2b08f2065d4b6e52699138b4e129af3b352609)

-- file: 006_lookup_region_by_locale_60_87f50c809460.sql (lookup data, sha256 b24e70e1955534fc1d2a7f2485649da0973941d6525442b565b6a2d987f10e87)

-- file: 007_customers.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- builds the masked copy of public.customers in a staging table
-- masking key: SET @datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS `masked`.`_dm_stage_21eb2153dd14`;

CREATE TABLE `masked`.`_dm_stage_21eb2153dd14` (
  CONSTRAINT `_dm_pk_0fb2905599_0` PRIMARY KEY (`id`)
) AS
SELECT
  `src`.`id` AS `id`,
  `src`.`country` AS `country`,
  CAST(CASE
    WHEN `src`.`first_name` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`first_name`
      ELSE `_dm_l1`.`value`
    END
  END AS CHAR(40)) AS `first_name`,
  CAST(CASE
    WHEN `src`.`last_name` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`last_name`
      ELSE `_dm_l2`.`value`
    END
  END AS CHAR(40)) AS `last_name`,
  CAST(CASE
    WHEN `src`.`email` IS NULL
    THEN NULL
    ELSE CONCAT(
      CASE
        WHEN `src`.`first_name` IS NULL
        OR CHAR_LENGTH(CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)) = 0
        THEN ''
        ELSE CONCAT(`_dm_l3`.`value`, '.')
      END,
      CASE
        WHEN `src`.`last_name` IS NULL
        OR CHAR_LENGTH(CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)) = 0
        THEN ''
        ELSE CONCAT(`_dm_l4`.`value`, '.')
      END,
      SUBSTRING(`src`.`_dm_digest_3`, 1, 16),
      '@',
      CASE
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 17, 2), 16, 10) AS SIGNED) % 3 = 0
        THEN 'example.com'
        WHEN CAST(CONV(SUBSTRING(`src`.`_dm_digest_3`, 17, 2), 16, 10) AS SIGNED) % 3 = 1
        THEN 'example.net'
        ELSE 'example.org'
      END
    )
  END AS CHAR(120)) AS `email`,
  CAST(CASE
    WHEN `src`.`city` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`city` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`city`
      ELSE `_dm_l5`.`value`
    END
  END AS CHAR(60)) AS `city`,
  CAST(CASE
    WHEN `src`.`state` IS NULL
    THEN NULL
    ELSE CASE
      WHEN CHAR_LENGTH(CAST(`src`.`state` AS CHAR CHARACTER SET utf8mb4)) = 0
      THEN `src`.`state`
      ELSE `_dm_l6`.`value`
    END
  END AS CHAR(60)) AS `state`
FROM (
  SELECT
    `src`.*,
    CASE LOWER(
        SHA2(
          CAST(RTRIM(CAST(`src`.`country` AS CHAR CHARACTER SET utf8mb4)) AS CHAR CHARACTER SET utf8mb4),
          256
        )
      )
      WHEN '6814ef46f686990cf4e946f966167b0507e1d642c44e51f61bffb0bba2d4672b'
      THEN 0
      WHEN '55f1f5b9940286c063bc4a17b5738b5ceb7e55bfc6936120c51e9969b89c8d6d'
      THEN 0
      WHEN '959a45d44e6fcf58361ed004681556fe50129f2109e817dec098c00c9e5d2578'
      THEN 0
      WHEN '56d6e14778ef2c2e74565fd8579472066037cde720e6f75215d5a46891bf148f'
      THEN 0
      WHEN '3c5a76535c3777522dac8daedb95f046f142d7bf5d9d870b62645d12858e9cbb'
      THEN 0
      WHEN '4f429ced49de5975fdfd9fa2e649772597ff8c78bcff9e49a652c89e266af9c5'
      THEN 0
      WHEN '9b202ecbc6d45c6d8901d989a918878397a3eb9d00e8f48022fc051b19d21a1d'
      THEN 1
      WHEN 'aa5ab35a9174c2062b7f7697b33fafe5ce404cf5fecf6bfbbf0dc96ba0d90046'
      THEN 1
      WHEN '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'
      THEN 1
      WHEN '5fc90ab335783816990ffd960cbad0afd64510a53f895b4d02b9f8b279c0ed08'
      THEN 1
      WHEN '674ac4b0bd40c5764a1ddf4e0119e9b4ee02f743211eefcf7b27c932a4831a4b'
      THEN 1
      WHEN '5c49f88dafe66e0ecdca8f682ae0b38c38ccd3ad464e3358e899beca88c18560'
      THEN 1
      WHEN '501c26b2571a1f7fd72df8c21593874fc874c97145717470596895d1c22203f7'
      THEN 2
      WHEN '9a4c1754c2b7c355441c18457c3d0f0852da38b3f568194fbdebb6432e6a0069'
      THEN 2
      WHEN '67ad8f41a7bb0a18c45f3efd8f6a32bdcd832bcf8f3f2eb44006c03d53076e18'
      THEN 2
      WHEN 'aca621d2b04049cd12f2356ac3060b00290e619a9d3de7b4784cc10d2c490128'
      THEN 2
      WHEN 'c20d15fd18e62411393e7c9e8edec846724c564ab906dbde8f4b2e0363c06889'
      THEN 2
      WHEN 'f360adab92f1c4a4eb2c4831d9e241af7dc51957eb02f8ef1202265496172d22'
      THEN 2
      WHEN 'bbaf8352442730e92c16c5ea6b0ff7cc595c24e02d8e8bfc5fea5a4e0bb0b46b'
      THEN 3
      WHEN 'b437fc1d678d9524fcaf93312f07f0fc9338283110a81edc0233bd0fb7932f69'
      THEN 3
      WHEN '885036a0da3dff3c3e05bc79bf49382b12bc5098514ed57ce0875aba1aa2c40d'
      THEN 3
      WHEN '8f684d401d2bd253c862fda31cf5cb5a70dcccd3dd551dafce69ac28f5f6aabe'
      THEN 3
      WHEN '11bb446e9d9ad71b994658fdffd9453c6bdec3d8ea8ad842ef17bb5706723851'
      THEN 3
      WHEN '2a67f1a4675ab88705c1a2bbe30bdd800f22c737e7f8c0328825cd247bd078ad'
      THEN 3
      ELSE 1
    END AS `_dm_s1_1`
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
            'e175a3d319d959bbb8cd0a7c16b2c56a528695c9ad57d5a323c78649091d5985',
            CAST(`src`.`first_name` AS CHAR CHARACTER SET utf8mb4)
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
            'c4f3dde558963b7f10313d70597a66dec84f47eb0c8441314c5b91147811b1ff',
            CAST(`src`.`last_name` AS CHAR CHARACTER SET utf8mb4)
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
            'e721e2036e4becf7b6fc57200cf2e63eaa4759e0c40f20fc4e194ad9b398bc30',
            CAST(`src`.`email` AS CHAR CHARACTER SET utf8mb4)
          ) AS CHAR CHARACTER SET utf8mb4),
          256
        )
      ) AS `_dm_digest_3`,
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
            '6fdb977bb9587c7a822d98946b63720e431af087609071c95495e4884718798a',
            CAST(`src`.`city` AS CHAR CHARACTER SET utf8mb4)
          ) AS CHAR CHARACTER SET utf8mb4),
          256
        )
      ) AS `_dm_digest_4`,
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
            '831f33dd9bee860038751b7aae3447fbd5b48d1b5381363de7b912ab329ffd49',
            CAST(`src`.`state` AS CHAR CHARACTER SET utf8mb4)
          ) AS CHAR CHARACTER SET utf8mb4),
          256
        )
      ) AS `_dm_digest_5`
    FROM `public`.`customers` AS `src`
    LIMIT 18446744073709551615
  ) AS `src`
  LIMIT 18446744073709551615
) AS `src`
LEFT JOIN `masked`.`_dm_lookup_first_name_by_locale_40_ca7c798a0ea1` AS `_dm_l1`
  ON `_dm_l1`.`idx` = CASE `src`.`_dm_s1_1`
    WHEN 0
    THEN 0 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 2002
    WHEN 1
    THEN 2002 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 690
    WHEN 2
    THEN 2692 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 215
    WHEN 3
    THEN 2907 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 282
  END
LEFT JOIN `masked`.`_dm_lookup_last_name_de_de_d00d2a8880cb` AS `_dm_l2`
  ON `_dm_l2`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 404
LEFT JOIN `masked`.`_dm_lookup_email_first_name_by_locale_40_478a702d45fd` AS `_dm_l3`
  ON `_dm_l3`.`idx` = CASE `src`.`_dm_s1_1`
    WHEN 0
    THEN 0 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 2002
    WHEN 1
    THEN 2002 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 690
    WHEN 2
    THEN 2692 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 215
    WHEN 3
    THEN 2907 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_1`, 1, 15), 16, 10) AS SIGNED) % 282
  END
LEFT JOIN `masked`.`_dm_lookup_email_last_name_de_de_abf69582b098` AS `_dm_l4`
  ON `_dm_l4`.`idx` = CAST(CONV(SUBSTRING(`src`.`_dm_digest_2`, 1, 15), 16, 10) AS SIGNED) % 404
LEFT JOIN `masked`.`_dm_lookup_city_by_locale_60_ad8d1eb31bc6` AS `_dm_l5`
  ON `_dm_l5`.`idx` = CASE `src`.`_dm_s1_1`
    WHEN 0
    THEN 0 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 1, 15), 16, 10) AS SIGNED) % 392
    WHEN 1
    THEN 392 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 1, 15), 16, 10) AS SIGNED) % 4000
    WHEN 2
    THEN 4392 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 1, 15), 16, 10) AS SIGNED) % 4000
    WHEN 3
    THEN 8392 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_4`, 1, 15), 16, 10) AS SIGNED) % 4000
  END
LEFT JOIN `masked`.`_dm_lookup_region_by_locale_60_87f50c809460` AS `_dm_l6`
  ON `_dm_l6`.`idx` = CASE `src`.`_dm_s1_1`
    WHEN 0
    THEN 0 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 16
    WHEN 1
    THEN 16 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 50
    WHEN 2
    THEN 66 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 33
    WHEN 3
    THEN 99 + CAST(CONV(SUBSTRING(`src`.`_dm_digest_5`, 1, 15), 16, 10) AS SIGNED) % 27
  END;

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
MODIFY COLUMN `id` INT NOT NULL;

-- file: 008_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect mysql
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

ALTER TABLE `masked`.`_dm_stage_21eb2153dd14`
ADD CONSTRAINT `_dm_uq_0fb2905599_0` UNIQUE (
  `email`
);

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

CREATE TABLE IF NOT EXISTS `masked`.`customers`
LIKE `masked`.`_dm_stage_21eb2153dd14`;

RENAME TABLE `masked`.`customers` TO `masked`.`_dm_old_21eb2153dd14`, `masked`.`_dm_stage_21eb2153dd14` TO `masked`.`customers`;

DROP TABLE IF EXISTS `masked`.`_dm_old_21eb2153dd14`;

DELETE FROM `masked`.`_datamask_meta`
WHERE
  `table_name` = 'customers';

INSERT INTO `masked`.`_datamask_meta` (
  `table_name`,
  `key_fingerprint`,
  `rules_sha256`,
  `algorithm`,
  `mode`,
  `cursor_column`,
  `watermark`,
  `built_at`
)
SELECT
  'customers',
  SUBSTRING(
    LOWER(
      SHA2(
        CAST(CONCAT(
          'datamask-sql/dm1/fingerprint:',
          COALESCE(
            @datamask_key,
            (
              SELECT
                'datamask_key is not set'
              UNION ALL
              SELECT
                'see the file header'
            )
          )
        ) AS CHAR CHARACTER SET utf8mb4),
        256
      )
    ),
    1,
    16
  ),
  '4c15b762c2e752931d8de27e58bfad6cc78e18278b24b176350deafc424501c1',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS CHAR);

