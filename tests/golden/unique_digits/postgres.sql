-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- run the files in run_order.txt; this one creates the target schema

CREATE SCHEMA IF NOT EXISTS "masked";

CREATE TABLE IF NOT EXISTS "masked"."_datamask_meta" (
  "table_name" VARCHAR(255) NOT NULL,
  "key_fingerprint" VARCHAR(64) NOT NULL,
  "rules_sha256" VARCHAR(64) NOT NULL,
  "algorithm" VARCHAR(16) NOT NULL,
  "mode" VARCHAR(16) NOT NULL,
  "cursor_column" VARCHAR(255),
  "watermark" VARCHAR(255),
  "built_at" VARCHAR(40),
  PRIMARY KEY ("table_name")
);

-- file: 001_cards.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.cards in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_6ac9a32c0ca8";

CREATE TABLE "masked"."_dm_stage_6ac9a32c0ca8" AS
SELECT
  CAST(CASE
    WHEN "src"."card" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(
        REGEXP_REPLACE(
          SUBSTRING("src"."card" FROM 1 FOR CASE
            WHEN LENGTH("src"."card") <= 4
            THEN 0
            WHEN LENGTH("src"."card") - 4 < 23
            THEN LENGTH("src"."card") - 4
            ELSE 23
          END),
          '[^0-9]+$',
          '',
          'g'
        )
      ) > 6
      THEN SUBSTRING(SUBSTRING("src"."card" FROM 1 FOR 1) || SUBSTRING("src"."card" FROM 2 FOR 1) || SUBSTRING("src"."card" FROM 3 FOR 1) || SUBSTRING("src"."card" FROM 4 FOR 1) || SUBSTRING("src"."card" FROM 5 FOR 1) || SUBSTRING("src"."card" FROM 6 FOR 1) || CASE
        WHEN (
          7 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          7 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 7 FOR 1)
      END || CASE
        WHEN (
          8 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          8 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 8 FOR 1)
      END || CASE
        WHEN (
          9 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          9 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 9 FOR 1)
      END || CASE
        WHEN (
          10 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          10 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 10 FOR 1)
      END || CASE
        WHEN (
          11 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          11 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 11 FOR 1)
      END || CASE
        WHEN (
          12 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          12 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 12 FOR 1)
      END || CASE
        WHEN (
          13 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          13 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 13 FOR 1)
      END || CASE
        WHEN (
          14 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          14 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 14 FOR 1)
      END || CASE
        WHEN (
          15 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          15 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 15 FOR 1)
      END || CASE
        WHEN (
          16 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          16 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 16 FOR 1)
      END || CASE
        WHEN (
          17 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          17 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 17 FOR 1)
      END || CASE
        WHEN (
          18 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          18 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 18 FOR 1)
      END || CASE
        WHEN (
          19 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          19 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 19 FOR 1)
      END || CASE
        WHEN (
          20 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          20 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 20 FOR 1)
      END || CASE
        WHEN (
          21 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          21 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 21 FOR 1)
      END || CASE
        WHEN (
          22 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          22 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 22 FOR 1)
      END || CASE
        WHEN (
          23 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          23 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 23 FOR 1)
      END || REGEXP_REPLACE(SUBSTRING("src"."card" FROM 24), '[0-9]', '0', 'g') FROM 1 FOR LENGTH(
        REGEXP_REPLACE(
          SUBSTRING("src"."card" FROM 1 FOR CASE
            WHEN LENGTH("src"."card") <= 4
            THEN 0
            WHEN LENGTH("src"."card") - 4 < 23
            THEN LENGTH("src"."card") - 4
            ELSE 23
          END),
          '[^0-9]+$',
          '',
          'g'
        )
      ) - 1) || CASE
        WHEN LENGTH(
          REGEXP_REPLACE(
            SUBSTRING("src"."card" FROM LENGTH(
              REGEXP_REPLACE(
                SUBSTRING("src"."card" FROM 1 FOR CASE
                  WHEN LENGTH("src"."card") <= 4
                  THEN 0
                  WHEN LENGTH("src"."card") - 4 < 23
                  THEN LENGTH("src"."card") - 4
                  ELSE 23
                END),
                '[^0-9]+$',
                '',
                'g'
              )
            ) + 1),
            '[^0-9]',
            '',
            'g'
          )
        ) % 2 = 1
        THEN SUBSTRING('0516273849' FROM CAST((
          10 - (
            CASE
              WHEN (
                1 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 1 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 1
              THEN POSITION(
                SUBSTRING("src"."card" FROM 1 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 2), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                2 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 2 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 2
              THEN POSITION(
                SUBSTRING("src"."card" FROM 2 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 3), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                3 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 3 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 3
              THEN POSITION(
                SUBSTRING("src"."card" FROM 3 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 4), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                4 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 4 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 4
              THEN POSITION(
                SUBSTRING("src"."card" FROM 4 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 5), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                5 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 5 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 5
              THEN POSITION(
                SUBSTRING("src"."card" FROM 5 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 6), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                6 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 6 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 6
              THEN POSITION(
                SUBSTRING("src"."card" FROM 6 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                7 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 7
              THEN POSITION(
                CASE
                  WHEN (
                    7 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    7 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 7 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 8), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                8 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 8
              THEN POSITION(
                CASE
                  WHEN (
                    8 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    8 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 8 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 9), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                9 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 9
              THEN POSITION(
                CASE
                  WHEN (
                    9 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    9 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 9 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 10), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                10 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 10
              THEN POSITION(
                CASE
                  WHEN (
                    10 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    10 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 10 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 11), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                11 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 11
              THEN POSITION(
                CASE
                  WHEN (
                    11 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    11 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 11 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 12), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                12 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 12
              THEN POSITION(
                CASE
                  WHEN (
                    12 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    12 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 12 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 13), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                13 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 13
              THEN POSITION(
                CASE
                  WHEN (
                    13 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    13 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 13 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 14), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                14 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 14
              THEN POSITION(
                CASE
                  WHEN (
                    14 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    14 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 14 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 15), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                15 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 15
              THEN POSITION(
                CASE
                  WHEN (
                    15 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    15 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 15 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 16), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                16 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 16
              THEN POSITION(
                CASE
                  WHEN (
                    16 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    16 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 16 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 17), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                17 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 17
              THEN POSITION(
                CASE
                  WHEN (
                    17 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    17 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 17 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 18), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                18 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 18
              THEN POSITION(
                CASE
                  WHEN (
                    18 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    18 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 18 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 19), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                19 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 19
              THEN POSITION(
                CASE
                  WHEN (
                    19 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    19 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 19 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 20), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                20 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 20
              THEN POSITION(
                CASE
                  WHEN (
                    20 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    20 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 20 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 21), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                21 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 21
              THEN POSITION(
                CASE
                  WHEN (
                    21 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    21 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 21 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 22), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                22 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 22
              THEN POSITION(
                CASE
                  WHEN (
                    22 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    22 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 22 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 23), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                23 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 23
              THEN POSITION(
                CASE
                  WHEN (
                    23 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    23 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 23 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 24), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END
          ) % 10
        ) % 10 + 1 AS INT) FOR 1)
        ELSE SUBSTRING('0123456789' FROM CAST((
          10 - (
            CASE
              WHEN (
                1 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 1 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 1
              THEN POSITION(
                SUBSTRING("src"."card" FROM 1 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 2), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                2 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 2 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 2
              THEN POSITION(
                SUBSTRING("src"."card" FROM 2 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 3), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                3 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 3 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 3
              THEN POSITION(
                SUBSTRING("src"."card" FROM 3 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 4), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                4 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 4 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 4
              THEN POSITION(
                SUBSTRING("src"."card" FROM 4 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 5), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                5 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 5 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 5
              THEN POSITION(
                SUBSTRING("src"."card" FROM 5 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 6), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                6 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 6 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 6
              THEN POSITION(
                SUBSTRING("src"."card" FROM 6 FOR 1) IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                7 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 7
              THEN POSITION(
                CASE
                  WHEN (
                    7 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    7 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 7 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 8), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                8 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 8
              THEN POSITION(
                CASE
                  WHEN (
                    8 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    8 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 8 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 9), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                9 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 9
              THEN POSITION(
                CASE
                  WHEN (
                    9 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    9 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 9 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 10), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                10 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 10
              THEN POSITION(
                CASE
                  WHEN (
                    10 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    10 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 10 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 11), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                11 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 11
              THEN POSITION(
                CASE
                  WHEN (
                    11 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    11 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 11 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 12), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                12 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 12
              THEN POSITION(
                CASE
                  WHEN (
                    12 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    12 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 12 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 13), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                13 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 13
              THEN POSITION(
                CASE
                  WHEN (
                    13 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    13 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 13 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 14), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                14 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 14
              THEN POSITION(
                CASE
                  WHEN (
                    14 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    14 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 14 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 15), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                15 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 15
              THEN POSITION(
                CASE
                  WHEN (
                    15 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    15 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 15 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 16), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                16 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 16
              THEN POSITION(
                CASE
                  WHEN (
                    16 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    16 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 16 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 17), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                17 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 17
              THEN POSITION(
                CASE
                  WHEN (
                    17 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    17 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 17 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 18), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                18 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 18
              THEN POSITION(
                CASE
                  WHEN (
                    18 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    18 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 18 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 19), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                19 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 19
              THEN POSITION(
                CASE
                  WHEN (
                    19 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    19 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 19 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 20), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                20 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 20
              THEN POSITION(
                CASE
                  WHEN (
                    20 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    20 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 20 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 21), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                21 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 21
              THEN POSITION(
                CASE
                  WHEN (
                    21 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    21 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 21 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 22), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                22 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 22
              THEN POSITION(
                CASE
                  WHEN (
                    22 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    22 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 22 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 23), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END + CASE
              WHEN (
                23 <= LENGTH("src"."card")
                AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
              )
              AND LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING("src"."card" FROM 1 FOR CASE
                    WHEN LENGTH("src"."card") <= 4
                    THEN 0
                    WHEN LENGTH("src"."card") - 4 < 23
                    THEN LENGTH("src"."card") - 4
                    ELSE 23
                  END),
                  '[^0-9]+$',
                  '',
                  'g'
                )
              ) <> 23
              THEN POSITION(
                CASE
                  WHEN (
                    23 <= LENGTH("src"."card")
                    AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
                  )
                  AND NOT (
                    23 > LENGTH("src"."card") - 4
                  )
                  THEN CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
                    THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) FOR 1)
                    ELSE '0'
                  END
                  ELSE SUBSTRING("src"."card" FROM 23 FOR 1)
                END IN CASE
                  WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 24), '[^0-9]', '', 'g')) % 2 = 1
                  THEN '0516273849'
                  ELSE '0123456789'
                END
              ) - 1
              ELSE 0
            END
          ) % 10
        ) % 10 + 1 AS INT) FOR 1)
      END || SUBSTRING(SUBSTRING("src"."card" FROM 1 FOR 1) || SUBSTRING("src"."card" FROM 2 FOR 1) || SUBSTRING("src"."card" FROM 3 FOR 1) || SUBSTRING("src"."card" FROM 4 FOR 1) || SUBSTRING("src"."card" FROM 5 FOR 1) || SUBSTRING("src"."card" FROM 6 FOR 1) || CASE
        WHEN (
          7 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          7 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 7 FOR 1)
      END || CASE
        WHEN (
          8 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          8 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 8 FOR 1)
      END || CASE
        WHEN (
          9 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          9 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 9 FOR 1)
      END || CASE
        WHEN (
          10 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          10 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 10 FOR 1)
      END || CASE
        WHEN (
          11 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          11 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 11 FOR 1)
      END || CASE
        WHEN (
          12 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          12 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 12 FOR 1)
      END || CASE
        WHEN (
          13 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          13 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 13 FOR 1)
      END || CASE
        WHEN (
          14 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          14 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 14 FOR 1)
      END || CASE
        WHEN (
          15 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          15 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 15 FOR 1)
      END || CASE
        WHEN (
          16 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          16 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 16 FOR 1)
      END || CASE
        WHEN (
          17 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          17 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 17 FOR 1)
      END || CASE
        WHEN (
          18 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          18 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 18 FOR 1)
      END || CASE
        WHEN (
          19 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          19 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 19 FOR 1)
      END || CASE
        WHEN (
          20 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          20 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 20 FOR 1)
      END || CASE
        WHEN (
          21 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          21 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 21 FOR 1)
      END || CASE
        WHEN (
          22 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          22 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 22 FOR 1)
      END || CASE
        WHEN (
          23 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          23 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 23 FOR 1)
      END || REGEXP_REPLACE(SUBSTRING("src"."card" FROM 24), '[0-9]', '0', 'g') FROM LENGTH(
        REGEXP_REPLACE(
          SUBSTRING("src"."card" FROM 1 FOR CASE
            WHEN LENGTH("src"."card") <= 4
            THEN 0
            WHEN LENGTH("src"."card") - 4 < 23
            THEN LENGTH("src"."card") - 4
            ELSE 23
          END),
          '[^0-9]+$',
          '',
          'g'
        )
      ) + 1)
      ELSE SUBSTRING("src"."card" FROM 1 FOR 1) || SUBSTRING("src"."card" FROM 2 FOR 1) || SUBSTRING("src"."card" FROM 3 FOR 1) || SUBSTRING("src"."card" FROM 4 FOR 1) || SUBSTRING("src"."card" FROM 5 FOR 1) || SUBSTRING("src"."card" FROM 6 FOR 1) || CASE
        WHEN (
          7 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 7 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          7 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 1), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 7 FOR 1)
      END || CASE
        WHEN (
          8 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 8 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          8 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 2), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 8 FOR 1)
      END || CASE
        WHEN (
          9 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 9 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          9 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 3), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 9 FOR 1)
      END || CASE
        WHEN (
          10 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 10 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          10 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 4), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 10 FOR 1)
      END || CASE
        WHEN (
          11 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 11 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          11 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 5), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 11 FOR 1)
      END || CASE
        WHEN (
          12 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 12 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          12 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 6), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 12 FOR 1)
      END || CASE
        WHEN (
          13 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 13 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          13 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 7), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 13 FOR 1)
      END || CASE
        WHEN (
          14 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 14 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          14 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 8), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 14 FOR 1)
      END || CASE
        WHEN (
          15 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 15 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          15 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 9), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 15 FOR 1)
      END || CASE
        WHEN (
          16 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 16 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          16 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 10), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 16 FOR 1)
      END || CASE
        WHEN (
          17 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 17 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          17 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 11), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 17 FOR 1)
      END || CASE
        WHEN (
          18 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 18 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          18 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 12), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 18 FOR 1)
      END || CASE
        WHEN (
          19 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 19 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          19 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 13), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 19 FOR 1)
      END || CASE
        WHEN (
          20 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 20 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          20 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 14), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 20 FOR 1)
      END || CASE
        WHEN (
          21 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 21 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          21 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 15), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 21 FOR 1)
      END || CASE
        WHEN (
          22 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 22 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          22 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 16), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 22 FOR 1)
      END || CASE
        WHEN (
          23 <= LENGTH("src"."card")
          AND POSITION(SUBSTRING("src"."card" FROM 23 FOR 1) IN '0123456789') > 0
        )
        AND NOT (
          23 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card" FROM 7 FOR 17), '[^0-9]', '', 'g')) FOR 1)
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card" FROM 23 FOR 1)
      END || REGEXP_REPLACE(SUBSTRING("src"."card" FROM 24), '[0-9]', '0', 'g')
    END
  END AS VARCHAR(23)) AS "card",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."phone" FROM 1 FOR 1) || SUBSTRING("src"."phone" FROM 2 FOR 1) || SUBSTRING("src"."phone" FROM 3 FOR 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 4 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 1), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 5 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 2), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 6 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 3), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 7 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 4), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 8 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 5), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 9 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 6), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 10 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 7), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 11 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 8), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 12 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 9), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 13 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 10), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 14 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 11), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 15 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 12), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 16 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 13), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 17 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 14), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 18 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 15), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 19 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 16), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 19 FOR 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 20 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING("src"."_dm_s11_2" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 17), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 20 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 21), '[0-9]', '0', 'g')
  END AS VARCHAR(20)) AS "phone"
FROM (
  SELECT
    "src".*,
    SUBSTRING(REPEAT('0', "src"."_dm_s2_2") || CAST("src"."_dm_s10_1" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_1" AS TEXT)) + 1) || SUBSTRING(REPEAT('0', "src"."_dm_s2_3") || CAST("src"."_dm_s10_2" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_2" AS TEXT)) + 1) AS "_dm_s11_1",
    SUBSTRING(REPEAT('0', "src"."_dm_s2_9") || CAST("src"."_dm_s10_3" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_3" AS TEXT)) + 1) || SUBSTRING(REPEAT('0', "src"."_dm_s2_10") || CAST("src"."_dm_s10_4" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_4" AS TEXT)) + 1) AS "_dm_s11_2"
  FROM (
    SELECT
      "src".*,
      "src"."_dm_s9_2" AS "_dm_s10_1",
      (
        "src"."_dm_s9_1" + CAST(CAST((
          'x' || SUBSTRING(ENCODE(
            SHA256(
              CONVERT_TO(
                CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':7:' || CAST("src"."_dm_s9_2" AS TEXT),
                'UTF8'
              )
            ),
            'hex'
          ) FROM 1 FOR 15)
        ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
      ) % "src"."_dm_s2_7" AS "_dm_s10_2",
      "src"."_dm_s9_4" AS "_dm_s10_3",
      (
        "src"."_dm_s9_3" + CAST(CAST((
          'x' || SUBSTRING(ENCODE(
            SHA256(
              CONVERT_TO(
                CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':7:' || CAST("src"."_dm_s9_4" AS TEXT),
                'UTF8'
              )
            ),
            'hex'
          ) FROM 1 FOR 15)
        ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_14"
      ) % "src"."_dm_s2_14" AS "_dm_s10_4"
    FROM (
      SELECT
        "src".*,
        "src"."_dm_s8_2" AS "_dm_s9_1",
        (
          "src"."_dm_s8_1" + CAST(CAST((
            'x' || SUBSTRING(ENCODE(
              SHA256(
                CONVERT_TO(
                  CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':6:' || CAST("src"."_dm_s8_2" AS TEXT),
                  'UTF8'
                )
              ),
              'hex'
            ) FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
        ) % "src"."_dm_s2_6" AS "_dm_s9_2",
        "src"."_dm_s8_4" AS "_dm_s9_3",
        (
          "src"."_dm_s8_3" + CAST(CAST((
            'x' || SUBSTRING(ENCODE(
              SHA256(
                CONVERT_TO(
                  CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':6:' || CAST("src"."_dm_s8_4" AS TEXT),
                  'UTF8'
                )
              ),
              'hex'
            ) FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_13"
        ) % "src"."_dm_s2_13" AS "_dm_s9_4"
      FROM (
        SELECT
          "src".*,
          "src"."_dm_s7_2" AS "_dm_s8_1",
          (
            "src"."_dm_s7_1" + CAST(CAST((
              'x' || SUBSTRING(ENCODE(
                SHA256(
                  CONVERT_TO(
                    CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':5:' || CAST("src"."_dm_s7_2" AS TEXT),
                    'UTF8'
                  )
                ),
                'hex'
              ) FROM 1 FOR 15)
            ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
          ) % "src"."_dm_s2_7" AS "_dm_s8_2",
          "src"."_dm_s7_4" AS "_dm_s8_3",
          (
            "src"."_dm_s7_3" + CAST(CAST((
              'x' || SUBSTRING(ENCODE(
                SHA256(
                  CONVERT_TO(
                    CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':5:' || CAST("src"."_dm_s7_4" AS TEXT),
                    'UTF8'
                  )
                ),
                'hex'
              ) FROM 1 FOR 15)
            ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_14"
          ) % "src"."_dm_s2_14" AS "_dm_s8_4"
        FROM (
          SELECT
            "src".*,
            "src"."_dm_s6_2" AS "_dm_s7_1",
            (
              "src"."_dm_s6_1" + CAST(CAST((
                'x' || SUBSTRING(ENCODE(
                  SHA256(
                    CONVERT_TO(
                      CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':4:' || CAST("src"."_dm_s6_2" AS TEXT),
                      'UTF8'
                    )
                  ),
                  'hex'
                ) FROM 1 FOR 15)
              ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
            ) % "src"."_dm_s2_6" AS "_dm_s7_2",
            "src"."_dm_s6_4" AS "_dm_s7_3",
            (
              "src"."_dm_s6_3" + CAST(CAST((
                'x' || SUBSTRING(ENCODE(
                  SHA256(
                    CONVERT_TO(
                      CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':4:' || CAST("src"."_dm_s6_4" AS TEXT),
                      'UTF8'
                    )
                  ),
                  'hex'
                ) FROM 1 FOR 15)
              ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_13"
            ) % "src"."_dm_s2_13" AS "_dm_s7_4"
          FROM (
            SELECT
              "src".*,
              "src"."_dm_s5_2" AS "_dm_s6_1",
              (
                "src"."_dm_s5_1" + CAST(CAST((
                  'x' || SUBSTRING(ENCODE(
                    SHA256(
                      CONVERT_TO(
                        CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':3:' || CAST("src"."_dm_s5_2" AS TEXT),
                        'UTF8'
                      )
                    ),
                    'hex'
                  ) FROM 1 FOR 15)
                ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
              ) % "src"."_dm_s2_7" AS "_dm_s6_2",
              "src"."_dm_s5_4" AS "_dm_s6_3",
              (
                "src"."_dm_s5_3" + CAST(CAST((
                  'x' || SUBSTRING(ENCODE(
                    SHA256(
                      CONVERT_TO(
                        CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':3:' || CAST("src"."_dm_s5_4" AS TEXT),
                        'UTF8'
                      )
                    ),
                    'hex'
                  ) FROM 1 FOR 15)
                ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_14"
              ) % "src"."_dm_s2_14" AS "_dm_s6_4"
            FROM (
              SELECT
                "src".*,
                "src"."_dm_s4_2" AS "_dm_s5_1",
                (
                  "src"."_dm_s4_1" + CAST(CAST((
                    'x' || SUBSTRING(ENCODE(
                      SHA256(
                        CONVERT_TO(
                          CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':2:' || CAST("src"."_dm_s4_2" AS TEXT),
                          'UTF8'
                        )
                      ),
                      'hex'
                    ) FROM 1 FOR 15)
                  ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
                ) % "src"."_dm_s2_6" AS "_dm_s5_2",
                "src"."_dm_s4_4" AS "_dm_s5_3",
                (
                  "src"."_dm_s4_3" + CAST(CAST((
                    'x' || SUBSTRING(ENCODE(
                      SHA256(
                        CONVERT_TO(
                          CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':2:' || CAST("src"."_dm_s4_4" AS TEXT),
                          'UTF8'
                        )
                      ),
                      'hex'
                    ) FROM 1 FOR 15)
                  ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_13"
                ) % "src"."_dm_s2_13" AS "_dm_s5_4"
              FROM (
                SELECT
                  "src".*,
                  "src"."_dm_s3_2" AS "_dm_s4_1",
                  (
                    "src"."_dm_s3_1" + CAST(CAST((
                      'x' || SUBSTRING(ENCODE(
                        SHA256(
                          CONVERT_TO(
                            CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':1:' || CAST("src"."_dm_s3_2" AS TEXT),
                            'UTF8'
                          )
                        ),
                        'hex'
                      ) FROM 1 FOR 15)
                    ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
                  ) % "src"."_dm_s2_7" AS "_dm_s4_2",
                  "src"."_dm_s3_4" AS "_dm_s4_3",
                  (
                    "src"."_dm_s3_3" + CAST(CAST((
                      'x' || SUBSTRING(ENCODE(
                        SHA256(
                          CONVERT_TO(
                            CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':1:' || CAST("src"."_dm_s3_4" AS TEXT),
                            'UTF8'
                          )
                        ),
                        'hex'
                      ) FROM 1 FOR 15)
                    ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_14"
                  ) % "src"."_dm_s2_14" AS "_dm_s4_4"
                FROM (
                  SELECT
                    "src".*,
                    "src"."_dm_s2_5" AS "_dm_s3_1",
                    (
                      "src"."_dm_s2_4" + CAST(CAST((
                        'x' || SUBSTRING(ENCODE(
                          SHA256(
                            CONVERT_TO(
                              CURRENT_SETTING('datamask.key') || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS TEXT) || ':0:' || CAST("src"."_dm_s2_5" AS TEXT),
                              'UTF8'
                            )
                          ),
                          'hex'
                        ) FROM 1 FOR 15)
                      ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
                    ) % "src"."_dm_s2_6" AS "_dm_s3_2",
                    "src"."_dm_s2_12" AS "_dm_s3_3",
                    (
                      "src"."_dm_s2_11" + CAST(CAST((
                        'x' || SUBSTRING(ENCODE(
                          SHA256(
                            CONVERT_TO(
                              CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS TEXT) || ':0:' || CAST("src"."_dm_s2_12" AS TEXT),
                              'UTF8'
                            )
                          ),
                          'hex'
                        ) FROM 1 FOR 15)
                      ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_13"
                    ) % "src"."_dm_s2_13" AS "_dm_s3_4"
                  FROM (
                    SELECT
                      "src".*,
                      LENGTH("src"."_dm_s1_1") AS "_dm_s2_1",
                      CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_2",
                      LENGTH("src"."_dm_s1_1") - CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_3",
                      CAST('0' || SUBSTRING("src"."_dm_s1_1" FROM 1 FOR CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT)) AS BIGINT) AS "_dm_s2_4",
                      CAST('0' || SUBSTRING("src"."_dm_s1_1" FROM CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) + 1) AS BIGINT) AS "_dm_s2_5",
                      CAST('1' || REPEAT(
                        '0',
                        CAST(CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_6",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_1") - CAST(CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_7",
                      LENGTH("src"."_dm_s1_2") AS "_dm_s2_8",
                      CAST(CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_9",
                      LENGTH("src"."_dm_s1_2") - CAST(CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_10",
                      CAST('0' || SUBSTRING("src"."_dm_s1_2" FROM 1 FOR CAST(CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT)) AS BIGINT) AS "_dm_s2_11",
                      CAST('0' || SUBSTRING("src"."_dm_s1_2" FROM CAST(CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) + 1) AS BIGINT) AS "_dm_s2_12",
                      CAST('1' || REPEAT(
                        '0',
                        CAST(CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_13",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_2") - CAST(CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_14"
                    FROM (
                      SELECT
                        "src".*,
                        SUBSTRING(REGEXP_REPLACE(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN LENGTH("src"."card") <= 4
                                THEN 0
                                WHEN LENGTH("src"."card") - 4 < 23
                                THEN LENGTH("src"."card") - 4
                                ELSE 23
                              END > 6
                              THEN SUBSTRING("src"."card" FROM 7 FOR CASE
                                WHEN LENGTH("src"."card") <= 4
                                THEN 0
                                WHEN LENGTH("src"."card") - 4 < 23
                                THEN LENGTH("src"."card") - 4
                                ELSE 23
                              END - 6)
                              ELSE ''
                            END,
                            '[^0-9]',
                            '',
                            'g'
                          ),
                          '[0-9]$',
                          '',
                          'g'
                        ) FROM 1 FOR 36) AS "_dm_s1_1",
                        SUBSTRING(REGEXP_REPLACE(
                          CASE
                            WHEN CASE
                              WHEN LENGTH("src"."phone") <= 0
                              THEN 0
                              WHEN LENGTH("src"."phone") - 0 < 20
                              THEN LENGTH("src"."phone") - 0
                              ELSE 20
                            END > 3
                            THEN SUBSTRING("src"."phone" FROM 4 FOR CASE
                              WHEN LENGTH("src"."phone") <= 0
                              THEN 0
                              WHEN LENGTH("src"."phone") - 0 < 20
                              THEN LENGTH("src"."phone") - 0
                              ELSE 20
                            END - 3)
                            ELSE ''
                          END,
                          '[^0-9]',
                          '',
                          'g'
                        ) FROM 1 FOR 36) AS "_dm_s1_2"
                      FROM (
                        SELECT
                          "src".*,
                          ENCODE(
                            SHA256(
                              CONVERT_TO(
                                CURRENT_SETTING('datamask.key') || '3bc7896a90eb8518c77389f11fd74b7613ada409adf100807b5764569889d6ee' || "src"."card",
                                'UTF8'
                              )
                            ),
                            'hex'
                          ) AS "_dm_digest_1",
                          ENCODE(
                            SHA256(
                              CONVERT_TO(
                                CURRENT_SETTING('datamask.key') || '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df' || "src"."phone",
                                'UTF8'
                              )
                            ),
                            'hex'
                          ) AS "_dm_digest_2"
                        FROM "public"."cards" AS "src"
                        OFFSET 0
                      ) AS "src"
                      OFFSET 0
                    ) AS "src"
                    OFFSET 0
                  ) AS "src"
                  OFFSET 0
                ) AS "src"
                OFFSET 0
              ) AS "src"
              OFFSET 0
            ) AS "src"
            OFFSET 0
          ) AS "src"
          OFFSET 0
        ) AS "src"
        OFFSET 0
      ) AS "src"
      OFFSET 0
    ) AS "src"
    OFFSET 0
  ) AS "src"
  OFFSET 0
) AS "src";

ALTER TABLE "masked"."_dm_stage_6ac9a32c0ca8"
ALTER COLUMN "card" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_6ac9a32c0ca8"
ALTER COLUMN "phone" SET NOT NULL;

-- file: 002_calls.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- builds the masked copy of public.calls in a staging table
-- masking key: SET datamask.key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_f46f5990ebfa";

CREATE TABLE "masked"."_dm_stage_f46f5990ebfa" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."phone" FROM 1 FOR 1) || SUBSTRING("src"."phone" FROM 2 FOR 1) || SUBSTRING("src"."phone" FROM 3 FOR 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 4 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 1), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 1), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 4 FOR 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 5 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 2), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 2), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 5 FOR 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 6 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 3), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 3), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 6 FOR 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 7 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 4), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 4), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 7 FOR 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 8 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 5), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 5), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 8 FOR 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 9 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 6), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 6), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 9 FOR 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 10 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 7), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 7), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 10 FOR 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 11 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 8), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 8), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 11 FOR 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 12 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 9), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 9), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 12 FOR 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 13 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 10), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 10), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 13 FOR 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 14 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 11), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 11), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 14 FOR 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 15 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 12), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 12), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 15 FOR 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 16 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 13), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 13), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 16 FOR 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 17 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 14), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 14), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 17 FOR 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 18 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 15), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 15), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 18 FOR 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 19 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 16), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 16), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 19 FOR 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND POSITION(SUBSTRING("src"."phone" FROM 20 FOR 1) IN '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 17), '[^0-9]', '', 'g')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING("src"."_dm_s11_1" FROM LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 4 FOR 17), '[^0-9]', '', 'g')) FOR 1)
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone" FROM 20 FOR 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone" FROM 21), '[0-9]', '0', 'g')
  END AS VARCHAR(20)) AS "phone"
FROM (
  SELECT
    "src".*,
    SUBSTRING(REPEAT('0', "src"."_dm_s2_2") || CAST("src"."_dm_s10_1" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_1" AS TEXT)) + 1) || SUBSTRING(REPEAT('0', "src"."_dm_s2_3") || CAST("src"."_dm_s10_2" AS TEXT) FROM LENGTH(CAST("src"."_dm_s10_2" AS TEXT)) + 1) AS "_dm_s11_1"
  FROM (
    SELECT
      "src".*,
      "src"."_dm_s9_2" AS "_dm_s10_1",
      (
        "src"."_dm_s9_1" + CAST(CAST((
          'x' || SUBSTRING(ENCODE(
            SHA256(
              CONVERT_TO(
                CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':7:' || CAST("src"."_dm_s9_2" AS TEXT),
                'UTF8'
              )
            ),
            'hex'
          ) FROM 1 FOR 15)
        ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
      ) % "src"."_dm_s2_7" AS "_dm_s10_2"
    FROM (
      SELECT
        "src".*,
        "src"."_dm_s8_2" AS "_dm_s9_1",
        (
          "src"."_dm_s8_1" + CAST(CAST((
            'x' || SUBSTRING(ENCODE(
              SHA256(
                CONVERT_TO(
                  CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':6:' || CAST("src"."_dm_s8_2" AS TEXT),
                  'UTF8'
                )
              ),
              'hex'
            ) FROM 1 FOR 15)
          ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
        ) % "src"."_dm_s2_6" AS "_dm_s9_2"
      FROM (
        SELECT
          "src".*,
          "src"."_dm_s7_2" AS "_dm_s8_1",
          (
            "src"."_dm_s7_1" + CAST(CAST((
              'x' || SUBSTRING(ENCODE(
                SHA256(
                  CONVERT_TO(
                    CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':5:' || CAST("src"."_dm_s7_2" AS TEXT),
                    'UTF8'
                  )
                ),
                'hex'
              ) FROM 1 FOR 15)
            ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
          ) % "src"."_dm_s2_7" AS "_dm_s8_2"
        FROM (
          SELECT
            "src".*,
            "src"."_dm_s6_2" AS "_dm_s7_1",
            (
              "src"."_dm_s6_1" + CAST(CAST((
                'x' || SUBSTRING(ENCODE(
                  SHA256(
                    CONVERT_TO(
                      CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':4:' || CAST("src"."_dm_s6_2" AS TEXT),
                      'UTF8'
                    )
                  ),
                  'hex'
                ) FROM 1 FOR 15)
              ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
            ) % "src"."_dm_s2_6" AS "_dm_s7_2"
          FROM (
            SELECT
              "src".*,
              "src"."_dm_s5_2" AS "_dm_s6_1",
              (
                "src"."_dm_s5_1" + CAST(CAST((
                  'x' || SUBSTRING(ENCODE(
                    SHA256(
                      CONVERT_TO(
                        CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':3:' || CAST("src"."_dm_s5_2" AS TEXT),
                        'UTF8'
                      )
                    ),
                    'hex'
                  ) FROM 1 FOR 15)
                ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
              ) % "src"."_dm_s2_7" AS "_dm_s6_2"
            FROM (
              SELECT
                "src".*,
                "src"."_dm_s4_2" AS "_dm_s5_1",
                (
                  "src"."_dm_s4_1" + CAST(CAST((
                    'x' || SUBSTRING(ENCODE(
                      SHA256(
                        CONVERT_TO(
                          CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':2:' || CAST("src"."_dm_s4_2" AS TEXT),
                          'UTF8'
                        )
                      ),
                      'hex'
                    ) FROM 1 FOR 15)
                  ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
                ) % "src"."_dm_s2_6" AS "_dm_s5_2"
              FROM (
                SELECT
                  "src".*,
                  "src"."_dm_s3_2" AS "_dm_s4_1",
                  (
                    "src"."_dm_s3_1" + CAST(CAST((
                      'x' || SUBSTRING(ENCODE(
                        SHA256(
                          CONVERT_TO(
                            CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':1:' || CAST("src"."_dm_s3_2" AS TEXT),
                            'UTF8'
                          )
                        ),
                        'hex'
                      ) FROM 1 FOR 15)
                    ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_7"
                  ) % "src"."_dm_s2_7" AS "_dm_s4_2"
                FROM (
                  SELECT
                    "src".*,
                    "src"."_dm_s2_5" AS "_dm_s3_1",
                    (
                      "src"."_dm_s2_4" + CAST(CAST((
                        'x' || SUBSTRING(ENCODE(
                          SHA256(
                            CONVERT_TO(
                              CURRENT_SETTING('datamask.key') || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS TEXT) || ':0:' || CAST("src"."_dm_s2_5" AS TEXT),
                              'UTF8'
                            )
                          ),
                          'hex'
                        ) FROM 1 FOR 15)
                      ) AS BIT(60)) AS BIGINT) % "src"."_dm_s2_6"
                    ) % "src"."_dm_s2_6" AS "_dm_s3_2"
                  FROM (
                    SELECT
                      "src".*,
                      LENGTH("src"."_dm_s1_1") AS "_dm_s2_1",
                      CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_2",
                      LENGTH("src"."_dm_s1_1") - CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) AS "_dm_s2_3",
                      CAST('0' || SUBSTRING("src"."_dm_s1_1" FROM 1 FOR CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT)) AS BIGINT) AS "_dm_s2_4",
                      CAST('0' || SUBSTRING("src"."_dm_s1_1" FROM CAST(CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) AS DOUBLE PRECISION) / 2 AS INT) + 1) AS BIGINT) AS "_dm_s2_5",
                      CAST('1' || REPEAT(
                        '0',
                        CAST(CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_6",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_1") - CAST(CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) AS DOUBLE PRECISION) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_7"
                    FROM (
                      SELECT
                        "src".*,
                        SUBSTRING(REGEXP_REPLACE(
                          CASE
                            WHEN CASE
                              WHEN LENGTH("src"."phone") <= 0
                              THEN 0
                              WHEN LENGTH("src"."phone") - 0 < 20
                              THEN LENGTH("src"."phone") - 0
                              ELSE 20
                            END > 3
                            THEN SUBSTRING("src"."phone" FROM 4 FOR CASE
                              WHEN LENGTH("src"."phone") <= 0
                              THEN 0
                              WHEN LENGTH("src"."phone") - 0 < 20
                              THEN LENGTH("src"."phone") - 0
                              ELSE 20
                            END - 3)
                            ELSE ''
                          END,
                          '[^0-9]',
                          '',
                          'g'
                        ) FROM 1 FOR 36) AS "_dm_s1_1"
                      FROM (
                        SELECT
                          "src".*,
                          ENCODE(
                            SHA256(
                              CONVERT_TO(
                                CURRENT_SETTING('datamask.key') || '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df' || "src"."phone",
                                'UTF8'
                              )
                            ),
                            'hex'
                          ) AS "_dm_digest_1"
                        FROM "public"."calls" AS "src"
                        OFFSET 0
                      ) AS "src"
                      OFFSET 0
                    ) AS "src"
                    OFFSET 0
                  ) AS "src"
                  OFFSET 0
                ) AS "src"
                OFFSET 0
              ) AS "src"
              OFFSET 0
            ) AS "src"
            OFFSET 0
          ) AS "src"
          OFFSET 0
        ) AS "src"
        OFFSET 0
      ) AS "src"
      OFFSET 0
    ) AS "src"
    OFFSET 0
  ) AS "src"
  OFFSET 0
) AS "src";

ALTER TABLE "masked"."_dm_stage_f46f5990ebfa"
ALTER COLUMN "id" SET NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect postgres
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

BEGIN;

DROP TABLE IF EXISTS "masked"."calls";

DROP TABLE IF EXISTS "masked"."cards";

ALTER TABLE "masked"."_dm_stage_6ac9a32c0ca8"
RENAME TO "cards";

ALTER TABLE "masked"."_dm_stage_f46f5990ebfa"
RENAME TO "calls";

ALTER TABLE "masked"."cards"
ADD CONSTRAINT "_dm_pk_9e9ae2c47e_0" PRIMARY KEY ("card");

ALTER TABLE "masked"."cards"
ADD CONSTRAINT "_dm_uq_9e9ae2c47e_0" UNIQUE (
  "phone"
);

ALTER TABLE "masked"."calls"
ADD CONSTRAINT "_dm_pk_bb62e6703f_0" PRIMARY KEY ("id");

ALTER TABLE "masked"."calls"
  ADD CONSTRAINT "_dm_fk_bb62e6703f_0" FOREIGN KEY ("phone") REFERENCES "masked"."cards" (
    "phone"
  );

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'cards';

INSERT INTO "masked"."_datamask_meta" (
  "table_name",
  "key_fingerprint",
  "rules_sha256",
  "algorithm",
  "mode",
  "cursor_column",
  "watermark",
  "built_at"
)
SELECT
  'cards',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '73606fd2730f8b91bde4db07fd0efb1b07b603e30707626510b92248123616fc',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'calls';

INSERT INTO "masked"."_datamask_meta" (
  "table_name",
  "key_fingerprint",
  "rules_sha256",
  "algorithm",
  "mode",
  "cursor_column",
  "watermark",
  "built_at"
)
SELECT
  'calls',
  SUBSTRING(ENCODE(
    SHA256(
      CONVERT_TO('datamask-sql/dm1/fingerprint:' || CURRENT_SETTING('datamask.key'), 'UTF8')
    ),
    'hex'
  ) FROM 1 FOR 16),
  '057f02e42756e9c7535374cf3456080654914ccc2a9b4cd7fec826ad00e2c87f',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP AS TEXT);

COMMIT;

