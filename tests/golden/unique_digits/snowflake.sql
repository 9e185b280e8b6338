-- file: 000_setup.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect snowflake
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
  "built_at" VARCHAR(40)
);

-- file: 001_cards.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect snowflake
-- builds the masked copy of public.cards in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_6ac9a32c0ca8";

CREATE TABLE "masked"."_dm_stage_6ac9a32c0ca8" AS
SELECT
  CAST(CASE
    WHEN "src"."card" IS NULL
    THEN NULL
    ELSE CASE
      WHEN LENGTH(
        REGEXP_REPLACE(
          SUBSTRING(
            "src"."card",
            1,
            CASE
              WHEN LENGTH("src"."card") <= 4
              THEN 0
              WHEN LENGTH("src"."card") - 4 < 23
              THEN LENGTH("src"."card") - 4
              ELSE 23
            END
          ),
          '[^0-9]+$',
          ''
        )
      ) > 6
      THEN SUBSTRING(
        SUBSTRING("src"."card", 1, 1) || SUBSTRING("src"."card", 2, 1) || SUBSTRING("src"."card", 3, 1) || SUBSTRING("src"."card", 4, 1) || SUBSTRING("src"."card", 5, 1) || SUBSTRING("src"."card", 6, 1) || CASE
          WHEN (
            7 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
          )
          AND NOT (
            7 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 7, 1)
        END || CASE
          WHEN (
            8 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
          )
          AND NOT (
            8 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 8, 1)
        END || CASE
          WHEN (
            9 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
          )
          AND NOT (
            9 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 9, 1)
        END || CASE
          WHEN (
            10 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
          )
          AND NOT (
            10 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 10, 1)
        END || CASE
          WHEN (
            11 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
          )
          AND NOT (
            11 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 11, 1)
        END || CASE
          WHEN (
            12 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
          )
          AND NOT (
            12 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 12, 1)
        END || CASE
          WHEN (
            13 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
          )
          AND NOT (
            13 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 13, 1)
        END || CASE
          WHEN (
            14 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
          )
          AND NOT (
            14 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 14, 1)
        END || CASE
          WHEN (
            15 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
          )
          AND NOT (
            15 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 15, 1)
        END || CASE
          WHEN (
            16 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
          )
          AND NOT (
            16 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 16, 1)
        END || CASE
          WHEN (
            17 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
          )
          AND NOT (
            17 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 17, 1)
        END || CASE
          WHEN (
            18 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
          )
          AND NOT (
            18 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 18, 1)
        END || CASE
          WHEN (
            19 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
          )
          AND NOT (
            19 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 19, 1)
        END || CASE
          WHEN (
            20 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
          )
          AND NOT (
            20 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 20, 1)
        END || CASE
          WHEN (
            21 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
          )
          AND NOT (
            21 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 21, 1)
        END || CASE
          WHEN (
            22 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
          )
          AND NOT (
            22 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 22, 1)
        END || CASE
          WHEN (
            23 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
          )
          AND NOT (
            23 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 23, 1)
        END || REGEXP_REPLACE(SUBSTRING("src"."card", 24), '[0-9]', '0'),
        1,
        LENGTH(
          REGEXP_REPLACE(
            SUBSTRING(
              "src"."card",
              1,
              CASE
                WHEN LENGTH("src"."card") <= 4
                THEN 0
                WHEN LENGTH("src"."card") - 4 < 23
                THEN LENGTH("src"."card") - 4
                ELSE 23
              END
            ),
            '[^0-9]+$',
            ''
          )
        ) - 1
      ) || CASE
        WHEN LENGTH(
          REGEXP_REPLACE(
            SUBSTRING(
              "src"."card",
              LENGTH(
                REGEXP_REPLACE(
                  SUBSTRING(
                    "src"."card",
                    1,
                    CASE
                      WHEN LENGTH("src"."card") <= 4
                      THEN 0
                      WHEN LENGTH("src"."card") - 4 < 23
                      THEN LENGTH("src"."card") - 4
                      ELSE 23
                    END
                  ),
                  '[^0-9]+$',
                  ''
                )
              ) + 1
            ),
            '[^0-9]',
            ''
          )
        ) % 2 = 1
        THEN SUBSTRING(
          '0516273849',
          CAST((
            10 - (
              CASE
                WHEN (
                  1 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 1, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 1
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 1, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 2), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  2 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 2, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 2
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 2, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 3), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  3 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 3, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 3
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 3, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 4), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  4 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 4, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 4
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 4, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 5), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  5 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 5, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 5
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 5, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 6), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  6 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 6, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 6
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 6, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  7 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 7
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      7 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
                    )
                    AND NOT (
                      7 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 7, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 8), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  8 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 8
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      8 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
                    )
                    AND NOT (
                      8 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 8, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 9), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  9 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 9
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      9 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
                    )
                    AND NOT (
                      9 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 9, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 10), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  10 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 10
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      10 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
                    )
                    AND NOT (
                      10 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 10, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 11), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  11 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 11
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      11 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
                    )
                    AND NOT (
                      11 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 11, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 12), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  12 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 12
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      12 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
                    )
                    AND NOT (
                      12 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 12, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 13), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  13 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 13
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      13 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
                    )
                    AND NOT (
                      13 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 13, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 14), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  14 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 14
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      14 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
                    )
                    AND NOT (
                      14 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 14, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 15), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  15 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 15
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      15 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
                    )
                    AND NOT (
                      15 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 15, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 16), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  16 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 16
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      16 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
                    )
                    AND NOT (
                      16 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 16, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 17), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  17 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 17
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      17 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
                    )
                    AND NOT (
                      17 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 17, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 18), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  18 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 18
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      18 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
                    )
                    AND NOT (
                      18 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 18, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 19), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  19 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 19
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      19 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
                    )
                    AND NOT (
                      19 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 19, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 20), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  20 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 20
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      20 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
                    )
                    AND NOT (
                      20 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 20, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 21), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  21 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 21
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      21 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
                    )
                    AND NOT (
                      21 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 21, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 22), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  22 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 22
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      22 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
                    )
                    AND NOT (
                      22 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 22, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 23), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  23 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 23
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      23 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
                    )
                    AND NOT (
                      23 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 23, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 24), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END
            ) % 10
          ) % 10 + 1 AS INT),
          1
        )
        ELSE SUBSTRING(
          '0123456789',
          CAST((
            10 - (
              CASE
                WHEN (
                  1 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 1, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 1
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 1, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 2), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  2 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 2, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 2
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 2, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 3), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  3 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 3, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 3
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 3, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 4), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  4 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 4, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 4
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 4, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 5), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  5 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 5, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 5
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 5, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 6), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  6 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 6, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 6
                THEN CHARINDEX(
                  SUBSTRING("src"."card", 6, 1),
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  7 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 7
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      7 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
                    )
                    AND NOT (
                      7 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 7, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 8), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  8 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 8
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      8 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
                    )
                    AND NOT (
                      8 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 8, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 9), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  9 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 9
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      9 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
                    )
                    AND NOT (
                      9 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 9, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 10), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  10 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 10
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      10 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
                    )
                    AND NOT (
                      10 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 10, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 11), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  11 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 11
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      11 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
                    )
                    AND NOT (
                      11 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 11, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 12), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  12 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 12
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      12 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
                    )
                    AND NOT (
                      12 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 12, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 13), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  13 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 13
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      13 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
                    )
                    AND NOT (
                      13 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 13, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 14), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  14 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 14
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      14 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
                    )
                    AND NOT (
                      14 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 14, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 15), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  15 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 15
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      15 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
                    )
                    AND NOT (
                      15 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 15, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 16), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  16 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 16
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      16 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
                    )
                    AND NOT (
                      16 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 16, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 17), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  17 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 17
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      17 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
                    )
                    AND NOT (
                      17 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 17, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 18), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  18 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 18
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      18 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
                    )
                    AND NOT (
                      18 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 18, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 19), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  19 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 19
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      19 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
                    )
                    AND NOT (
                      19 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 19, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 20), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  20 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 20
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      20 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
                    )
                    AND NOT (
                      20 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 20, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 21), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  21 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 21
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      21 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
                    )
                    AND NOT (
                      21 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 21, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 22), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  22 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 22
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      22 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
                    )
                    AND NOT (
                      22 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 22, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 23), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END + CASE
                WHEN (
                  23 <= LENGTH("src"."card")
                  AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
                )
                AND LENGTH(
                  REGEXP_REPLACE(
                    SUBSTRING(
                      "src"."card",
                      1,
                      CASE
                        WHEN LENGTH("src"."card") <= 4
                        THEN 0
                        WHEN LENGTH("src"."card") - 4 < 23
                        THEN LENGTH("src"."card") - 4
                        ELSE 23
                      END
                    ),
                    '[^0-9]+$',
                    ''
                  )
                ) <> 23
                THEN CHARINDEX(
                  CASE
                    WHEN (
                      23 <= LENGTH("src"."card")
                      AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
                    )
                    AND NOT (
                      23 > LENGTH("src"."card") - 4
                    )
                    THEN CASE
                      WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
                      THEN SUBSTRING(
                        "src"."_dm_s11_1",
                        LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')),
                        1
                      )
                      ELSE '0'
                    END
                    ELSE SUBSTRING("src"."card", 23, 1)
                  END,
                  CASE
                    WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 24), '[^0-9]', '')) % 2 = 1
                    THEN '0516273849'
                    ELSE '0123456789'
                  END
                ) - 1
                ELSE 0
              END
            ) % 10
          ) % 10 + 1 AS INT),
          1
        )
      END || SUBSTRING(
        SUBSTRING("src"."card", 1, 1) || SUBSTRING("src"."card", 2, 1) || SUBSTRING("src"."card", 3, 1) || SUBSTRING("src"."card", 4, 1) || SUBSTRING("src"."card", 5, 1) || SUBSTRING("src"."card", 6, 1) || CASE
          WHEN (
            7 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
          )
          AND NOT (
            7 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 7, 1)
        END || CASE
          WHEN (
            8 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
          )
          AND NOT (
            8 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 8, 1)
        END || CASE
          WHEN (
            9 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
          )
          AND NOT (
            9 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 9, 1)
        END || CASE
          WHEN (
            10 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
          )
          AND NOT (
            10 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 10, 1)
        END || CASE
          WHEN (
            11 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
          )
          AND NOT (
            11 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 11, 1)
        END || CASE
          WHEN (
            12 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
          )
          AND NOT (
            12 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 12, 1)
        END || CASE
          WHEN (
            13 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
          )
          AND NOT (
            13 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 13, 1)
        END || CASE
          WHEN (
            14 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
          )
          AND NOT (
            14 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 14, 1)
        END || CASE
          WHEN (
            15 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
          )
          AND NOT (
            15 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 15, 1)
        END || CASE
          WHEN (
            16 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
          )
          AND NOT (
            16 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 16, 1)
        END || CASE
          WHEN (
            17 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
          )
          AND NOT (
            17 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 17, 1)
        END || CASE
          WHEN (
            18 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
          )
          AND NOT (
            18 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 18, 1)
        END || CASE
          WHEN (
            19 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
          )
          AND NOT (
            19 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 19, 1)
        END || CASE
          WHEN (
            20 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
          )
          AND NOT (
            20 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 20, 1)
        END || CASE
          WHEN (
            21 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
          )
          AND NOT (
            21 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 21, 1)
        END || CASE
          WHEN (
            22 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
          )
          AND NOT (
            22 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 22, 1)
        END || CASE
          WHEN (
            23 <= LENGTH("src"."card")
            AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
          )
          AND NOT (
            23 > LENGTH("src"."card") - 4
          )
          THEN CASE
            WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
            THEN SUBSTRING(
              "src"."_dm_s11_1",
              LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')),
              1
            )
            ELSE '0'
          END
          ELSE SUBSTRING("src"."card", 23, 1)
        END || REGEXP_REPLACE(SUBSTRING("src"."card", 24), '[0-9]', '0'),
        LENGTH(
          REGEXP_REPLACE(
            SUBSTRING(
              "src"."card",
              1,
              CASE
                WHEN LENGTH("src"."card") <= 4
                THEN 0
                WHEN LENGTH("src"."card") - 4 < 23
                THEN LENGTH("src"."card") - 4
                ELSE 23
              END
            ),
            '[^0-9]+$',
            ''
          )
        ) + 1
      )
      ELSE SUBSTRING("src"."card", 1, 1) || SUBSTRING("src"."card", 2, 1) || SUBSTRING("src"."card", 3, 1) || SUBSTRING("src"."card", 4, 1) || SUBSTRING("src"."card", 5, 1) || SUBSTRING("src"."card", 6, 1) || CASE
        WHEN (
          7 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 7, 1), '0123456789') > 0
        )
        AND NOT (
          7 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 1), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 7, 1)
      END || CASE
        WHEN (
          8 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 8, 1), '0123456789') > 0
        )
        AND NOT (
          8 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 2), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 8, 1)
      END || CASE
        WHEN (
          9 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 9, 1), '0123456789') > 0
        )
        AND NOT (
          9 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 3), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 9, 1)
      END || CASE
        WHEN (
          10 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 10, 1), '0123456789') > 0
        )
        AND NOT (
          10 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 4), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 10, 1)
      END || CASE
        WHEN (
          11 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 11, 1), '0123456789') > 0
        )
        AND NOT (
          11 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 5), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 11, 1)
      END || CASE
        WHEN (
          12 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 12, 1), '0123456789') > 0
        )
        AND NOT (
          12 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 6), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 12, 1)
      END || CASE
        WHEN (
          13 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 13, 1), '0123456789') > 0
        )
        AND NOT (
          13 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 7), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 13, 1)
      END || CASE
        WHEN (
          14 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 14, 1), '0123456789') > 0
        )
        AND NOT (
          14 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 8), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 14, 1)
      END || CASE
        WHEN (
          15 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 15, 1), '0123456789') > 0
        )
        AND NOT (
          15 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 9), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 15, 1)
      END || CASE
        WHEN (
          16 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 16, 1), '0123456789') > 0
        )
        AND NOT (
          16 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 10), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 16, 1)
      END || CASE
        WHEN (
          17 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 17, 1), '0123456789') > 0
        )
        AND NOT (
          17 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 11), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 17, 1)
      END || CASE
        WHEN (
          18 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 18, 1), '0123456789') > 0
        )
        AND NOT (
          18 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 12), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 18, 1)
      END || CASE
        WHEN (
          19 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 19, 1), '0123456789') > 0
        )
        AND NOT (
          19 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 13), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 19, 1)
      END || CASE
        WHEN (
          20 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 20, 1), '0123456789') > 0
        )
        AND NOT (
          20 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 14), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 20, 1)
      END || CASE
        WHEN (
          21 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 21, 1), '0123456789') > 0
        )
        AND NOT (
          21 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 15), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 21, 1)
      END || CASE
        WHEN (
          22 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 22, 1), '0123456789') > 0
        )
        AND NOT (
          22 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 16), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 22, 1)
      END || CASE
        WHEN (
          23 <= LENGTH("src"."card")
          AND CHARINDEX(SUBSTRING("src"."card", 23, 1), '0123456789') > 0
        )
        AND NOT (
          23 > LENGTH("src"."card") - 4
        )
        THEN CASE
          WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
          THEN SUBSTRING(
            "src"."_dm_s11_1",
            LENGTH(REGEXP_REPLACE(SUBSTRING("src"."card", 7, 17), '[^0-9]', '')),
            1
          )
          ELSE '0'
        END
        ELSE SUBSTRING("src"."card", 23, 1)
      END || REGEXP_REPLACE(SUBSTRING("src"."card", 24), '[0-9]', '0')
    END
  END AS VARCHAR(23)) AS "card",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."phone", 1, 1) || SUBSTRING("src"."phone", 2, 1) || SUBSTRING("src"."phone", 3, 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 4, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 1), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 4, 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 5, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 2), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 5, 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 6, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 3), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 6, 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 7, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 4), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 7, 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 8, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 5), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 8, 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 9, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 6), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 9, 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 10, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 7), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 10, 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 11, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 8), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 11, 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 12, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 9), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 12, 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 13, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 10), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 13, 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 14, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 11), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 14, 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 15, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 12), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 15, 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 16, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 13), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 16, 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 17, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 14), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 17, 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 18, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 15), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 18, 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 19, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 16), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 19, 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 20, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_2")
        THEN SUBSTRING(
          "src"."_dm_s11_2",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 17), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 20, 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone", 21), '[0-9]', '0')
  END AS VARCHAR(20)) AS "phone"
FROM (
  SELECT
    "src".*,
    SUBSTRING(
      REPEAT('0', "src"."_dm_s2_2") || CAST("src"."_dm_s10_1" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_1" AS VARCHAR)) + 1
    ) || SUBSTRING(
      REPEAT('0', "src"."_dm_s2_3") || CAST("src"."_dm_s10_2" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_2" AS VARCHAR)) + 1
    ) AS "_dm_s11_1",
    SUBSTRING(
      REPEAT('0', "src"."_dm_s2_9") || CAST("src"."_dm_s10_3" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_3" AS VARCHAR)) + 1
    ) || SUBSTRING(
      REPEAT('0', "src"."_dm_s2_10") || CAST("src"."_dm_s10_4" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_4" AS VARCHAR)) + 1
    ) AS "_dm_s11_2"
  FROM (
    SELECT
      "src".*,
      "src"."_dm_s9_2" AS "_dm_s10_1",
      (
        "src"."_dm_s9_1" + TO_NUMBER(
          SUBSTRING(
            SHA2(
              $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':7:' || CAST("src"."_dm_s9_2" AS VARCHAR),
              256
            ),
            1,
            15
          ),
          'XXXXXXXXXXXXXXX'
        ) % "src"."_dm_s2_7"
      ) % "src"."_dm_s2_7" AS "_dm_s10_2",
      "src"."_dm_s9_4" AS "_dm_s10_3",
      (
        "src"."_dm_s9_3" + TO_NUMBER(
          SUBSTRING(
            SHA2(
              $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':7:' || CAST("src"."_dm_s9_4" AS VARCHAR),
              256
            ),
            1,
            15
          ),
          'XXXXXXXXXXXXXXX'
        ) % "src"."_dm_s2_14"
      ) % "src"."_dm_s2_14" AS "_dm_s10_4"
    FROM (
      SELECT
        "src".*,
        "src"."_dm_s8_2" AS "_dm_s9_1",
        (
          "src"."_dm_s8_1" + TO_NUMBER(
            SUBSTRING(
              SHA2(
                $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':6:' || CAST("src"."_dm_s8_2" AS VARCHAR),
                256
              ),
              1,
              15
            ),
            'XXXXXXXXXXXXXXX'
          ) % "src"."_dm_s2_6"
        ) % "src"."_dm_s2_6" AS "_dm_s9_2",
        "src"."_dm_s8_4" AS "_dm_s9_3",
        (
          "src"."_dm_s8_3" + TO_NUMBER(
            SUBSTRING(
              SHA2(
                $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':6:' || CAST("src"."_dm_s8_4" AS VARCHAR),
                256
              ),
              1,
              15
            ),
            'XXXXXXXXXXXXXXX'
          ) % "src"."_dm_s2_13"
        ) % "src"."_dm_s2_13" AS "_dm_s9_4"
      FROM (
        SELECT
          "src".*,
          "src"."_dm_s7_2" AS "_dm_s8_1",
          (
            "src"."_dm_s7_1" + TO_NUMBER(
              SUBSTRING(
                SHA2(
                  $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':5:' || CAST("src"."_dm_s7_2" AS VARCHAR),
                  256
                ),
                1,
                15
              ),
              'XXXXXXXXXXXXXXX'
            ) % "src"."_dm_s2_7"
          ) % "src"."_dm_s2_7" AS "_dm_s8_2",
          "src"."_dm_s7_4" AS "_dm_s8_3",
          (
            "src"."_dm_s7_3" + TO_NUMBER(
              SUBSTRING(
                SHA2(
                  $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':5:' || CAST("src"."_dm_s7_4" AS VARCHAR),
                  256
                ),
                1,
                15
              ),
              'XXXXXXXXXXXXXXX'
            ) % "src"."_dm_s2_14"
          ) % "src"."_dm_s2_14" AS "_dm_s8_4"
        FROM (
          SELECT
            "src".*,
            "src"."_dm_s6_2" AS "_dm_s7_1",
            (
              "src"."_dm_s6_1" + TO_NUMBER(
                SUBSTRING(
                  SHA2(
                    $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':4:' || CAST("src"."_dm_s6_2" AS VARCHAR),
                    256
                  ),
                  1,
                  15
                ),
                'XXXXXXXXXXXXXXX'
              ) % "src"."_dm_s2_6"
            ) % "src"."_dm_s2_6" AS "_dm_s7_2",
            "src"."_dm_s6_4" AS "_dm_s7_3",
            (
              "src"."_dm_s6_3" + TO_NUMBER(
                SUBSTRING(
                  SHA2(
                    $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':4:' || CAST("src"."_dm_s6_4" AS VARCHAR),
                    256
                  ),
                  1,
                  15
                ),
                'XXXXXXXXXXXXXXX'
              ) % "src"."_dm_s2_13"
            ) % "src"."_dm_s2_13" AS "_dm_s7_4"
          FROM (
            SELECT
              "src".*,
              "src"."_dm_s5_2" AS "_dm_s6_1",
              (
                "src"."_dm_s5_1" + TO_NUMBER(
                  SUBSTRING(
                    SHA2(
                      $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':3:' || CAST("src"."_dm_s5_2" AS VARCHAR),
                      256
                    ),
                    1,
                    15
                  ),
                  'XXXXXXXXXXXXXXX'
                ) % "src"."_dm_s2_7"
              ) % "src"."_dm_s2_7" AS "_dm_s6_2",
              "src"."_dm_s5_4" AS "_dm_s6_3",
              (
                "src"."_dm_s5_3" + TO_NUMBER(
                  SUBSTRING(
                    SHA2(
                      $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':3:' || CAST("src"."_dm_s5_4" AS VARCHAR),
                      256
                    ),
                    1,
                    15
                  ),
                  'XXXXXXXXXXXXXXX'
                ) % "src"."_dm_s2_14"
              ) % "src"."_dm_s2_14" AS "_dm_s6_4"
            FROM (
              SELECT
                "src".*,
                "src"."_dm_s4_2" AS "_dm_s5_1",
                (
                  "src"."_dm_s4_1" + TO_NUMBER(
                    SUBSTRING(
                      SHA2(
                        $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':2:' || CAST("src"."_dm_s4_2" AS VARCHAR),
                        256
                      ),
                      1,
                      15
                    ),
                    'XXXXXXXXXXXXXXX'
                  ) % "src"."_dm_s2_6"
                ) % "src"."_dm_s2_6" AS "_dm_s5_2",
                "src"."_dm_s4_4" AS "_dm_s5_3",
                (
                  "src"."_dm_s4_3" + TO_NUMBER(
                    SUBSTRING(
                      SHA2(
                        $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':2:' || CAST("src"."_dm_s4_4" AS VARCHAR),
                        256
                      ),
                      1,
                      15
                    ),
                    'XXXXXXXXXXXXXXX'
                  ) % "src"."_dm_s2_13"
                ) % "src"."_dm_s2_13" AS "_dm_s5_4"
              FROM (
                SELECT
                  "src".*,
                  "src"."_dm_s3_2" AS "_dm_s4_1",
                  (
                    "src"."_dm_s3_1" + TO_NUMBER(
                      SUBSTRING(
                        SHA2(
                          $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':1:' || CAST("src"."_dm_s3_2" AS VARCHAR),
                          256
                        ),
                        1,
                        15
                      ),
                      'XXXXXXXXXXXXXXX'
                    ) % "src"."_dm_s2_7"
                  ) % "src"."_dm_s2_7" AS "_dm_s4_2",
                  "src"."_dm_s3_4" AS "_dm_s4_3",
                  (
                    "src"."_dm_s3_3" + TO_NUMBER(
                      SUBSTRING(
                        SHA2(
                          $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':1:' || CAST("src"."_dm_s3_4" AS VARCHAR),
                          256
                        ),
                        1,
                        15
                      ),
                      'XXXXXXXXXXXXXXX'
                    ) % "src"."_dm_s2_14"
                  ) % "src"."_dm_s2_14" AS "_dm_s4_4"
                FROM (
                  SELECT
                    "src".*,
                    "src"."_dm_s2_5" AS "_dm_s3_1",
                    (
                      "src"."_dm_s2_4" + TO_NUMBER(
                        SUBSTRING(
                          SHA2(
                            $datamask_key || '8e06d6a0a6033c54f741417973b644df18987c5f58ee086a3e4add6632e6c7e7' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':0:' || CAST("src"."_dm_s2_5" AS VARCHAR),
                            256
                          ),
                          1,
                          15
                        ),
                        'XXXXXXXXXXXXXXX'
                      ) % "src"."_dm_s2_6"
                    ) % "src"."_dm_s2_6" AS "_dm_s3_2",
                    "src"."_dm_s2_12" AS "_dm_s3_3",
                    (
                      "src"."_dm_s2_11" + TO_NUMBER(
                        SUBSTRING(
                          SHA2(
                            $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_8" AS VARCHAR) || ':0:' || CAST("src"."_dm_s2_12" AS VARCHAR),
                            256
                          ),
                          1,
                          15
                        ),
                        'XXXXXXXXXXXXXXX'
                      ) % "src"."_dm_s2_13"
                    ) % "src"."_dm_s2_13" AS "_dm_s3_4"
                  FROM (
                    SELECT
                      "src".*,
                      LENGTH("src"."_dm_s1_1") AS "_dm_s2_1",
                      CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) / 2 AS INT) AS "_dm_s2_2",
                      LENGTH("src"."_dm_s1_1") - CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) / 2 AS INT) AS "_dm_s2_3",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_1",
                        1,
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_4",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_1",
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT) + 1
                      ) AS BIGINT) AS "_dm_s2_5",
                      CAST('1' || REPEAT(
                        '0',
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_6",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_1") - CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_7",
                      LENGTH("src"."_dm_s1_2") AS "_dm_s2_8",
                      CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) / 2 AS INT) AS "_dm_s2_9",
                      LENGTH("src"."_dm_s1_2") - CAST((
                        LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                      ) / 2 AS INT) AS "_dm_s2_10",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_2",
                        1,
                        CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_11",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_2",
                        CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) / 2 AS INT) + 1
                      ) AS BIGINT) AS "_dm_s2_12",
                      CAST('1' || REPEAT(
                        '0',
                        CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_13",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_2") - CAST((
                          LENGTH("src"."_dm_s1_2") - LENGTH("src"."_dm_s1_2") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_14"
                    FROM (
                      SELECT
                        "src".*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            REGEXP_REPLACE(
                              CASE
                                WHEN CASE
                                  WHEN LENGTH("src"."card") <= 4
                                  THEN 0
                                  WHEN LENGTH("src"."card") - 4 < 23
                                  THEN LENGTH("src"."card") - 4
                                  ELSE 23
                                END > 6
                                THEN SUBSTRING(
                                  "src"."card",
                                  7,
                                  CASE
                                    WHEN LENGTH("src"."card") <= 4
                                    THEN 0
                                    WHEN LENGTH("src"."card") - 4 < 23
                                    THEN LENGTH("src"."card") - 4
                                    ELSE 23
                                  END - 6
                                )
                                ELSE ''
                              END,
                              '[^0-9]',
                              ''
                            ),
                            '[0-9]$',
                            ''
                          ),
                          1,
                          36
                        ) AS "_dm_s1_1",
                        SUBSTRING(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN LENGTH("src"."phone") <= 0
                                THEN 0
                                WHEN LENGTH("src"."phone") - 0 < 20
                                THEN LENGTH("src"."phone") - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                "src"."phone",
                                4,
                                CASE
                                  WHEN LENGTH("src"."phone") <= 0
                                  THEN 0
                                  WHEN LENGTH("src"."phone") - 0 < 20
                                  THEN LENGTH("src"."phone") - 0
                                  ELSE 20
                                END - 3
                              )
                              ELSE ''
                            END,
                            '[^0-9]',
                            ''
                          ),
                          1,
                          36
                        ) AS "_dm_s1_2"
                      FROM (
                        SELECT
                          "src".*,
                          SHA2(
                            $datamask_key || '3bc7896a90eb8518c77389f11fd74b7613ada409adf100807b5764569889d6ee' || "src"."card",
                            256
                          ) AS "_dm_digest_1",
                          SHA2(
                            $datamask_key || '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df' || "src"."phone",
                            256
                          ) AS "_dm_digest_2"
                        FROM "public"."cards" AS "src"
                      ) AS "src"
                    ) AS "src"
                  ) AS "src"
                ) AS "src"
              ) AS "src"
            ) AS "src"
          ) AS "src"
        ) AS "src"
      ) AS "src"
    ) AS "src"
  ) AS "src"
) AS "src";

ALTER TABLE "masked"."_dm_stage_6ac9a32c0ca8"
ALTER COLUMN "card" SET NOT NULL;

ALTER TABLE "masked"."_dm_stage_6ac9a32c0ca8"
ALTER COLUMN "phone" SET NOT NULL;

-- file: 002_calls.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect snowflake
-- builds the masked copy of public.calls in a staging table
-- masking key: SET datamask_key = '<output of: datamask-sql key>';

DROP TABLE IF EXISTS "masked"."_dm_stage_f46f5990ebfa";

CREATE TABLE "masked"."_dm_stage_f46f5990ebfa" AS
SELECT
  "src"."id" AS "id",
  CAST(CASE
    WHEN "src"."phone" IS NULL
    THEN NULL
    ELSE SUBSTRING("src"."phone", 1, 1) || SUBSTRING("src"."phone", 2, 1) || SUBSTRING("src"."phone", 3, 1) || CASE
      WHEN 4 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 4, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 1), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 1), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 4, 1)
    END || CASE
      WHEN 5 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 5, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 2), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 2), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 5, 1)
    END || CASE
      WHEN 6 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 6, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 3), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 3), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 6, 1)
    END || CASE
      WHEN 7 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 7, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 4), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 4), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 7, 1)
    END || CASE
      WHEN 8 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 8, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 5), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 5), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 8, 1)
    END || CASE
      WHEN 9 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 9, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 6), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 6), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 9, 1)
    END || CASE
      WHEN 10 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 10, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 7), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 7), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 10, 1)
    END || CASE
      WHEN 11 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 11, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 8), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 8), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 11, 1)
    END || CASE
      WHEN 12 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 12, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 9), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 9), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 12, 1)
    END || CASE
      WHEN 13 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 13, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 10), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 10), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 13, 1)
    END || CASE
      WHEN 14 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 14, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 11), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 11), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 14, 1)
    END || CASE
      WHEN 15 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 15, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 12), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 12), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 15, 1)
    END || CASE
      WHEN 16 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 16, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 13), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 13), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 16, 1)
    END || CASE
      WHEN 17 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 17, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 14), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 14), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 17, 1)
    END || CASE
      WHEN 18 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 18, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 15), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 15), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 18, 1)
    END || CASE
      WHEN 19 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 19, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 16), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 16), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 19, 1)
    END || CASE
      WHEN 20 <= LENGTH("src"."phone")
      AND CHARINDEX(SUBSTRING("src"."phone", 20, 1), '0123456789') > 0
      THEN CASE
        WHEN LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 17), '[^0-9]', '')) <= LENGTH("src"."_dm_s11_1")
        THEN SUBSTRING(
          "src"."_dm_s11_1",
          LENGTH(REGEXP_REPLACE(SUBSTRING("src"."phone", 4, 17), '[^0-9]', '')),
          1
        )
        ELSE '0'
      END
      ELSE SUBSTRING("src"."phone", 20, 1)
    END || REGEXP_REPLACE(SUBSTRING("src"."phone", 21), '[0-9]', '0')
  END AS VARCHAR(20)) AS "phone"
FROM (
  SELECT
    "src".*,
    SUBSTRING(
      REPEAT('0', "src"."_dm_s2_2") || CAST("src"."_dm_s10_1" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_1" AS VARCHAR)) + 1
    ) || SUBSTRING(
      REPEAT('0', "src"."_dm_s2_3") || CAST("src"."_dm_s10_2" AS VARCHAR),
      LENGTH(CAST("src"."_dm_s10_2" AS VARCHAR)) + 1
    ) AS "_dm_s11_1"
  FROM (
    SELECT
      "src".*,
      "src"."_dm_s9_2" AS "_dm_s10_1",
      (
        "src"."_dm_s9_1" + TO_NUMBER(
          SUBSTRING(
            SHA2(
              $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':7:' || CAST("src"."_dm_s9_2" AS VARCHAR),
              256
            ),
            1,
            15
          ),
          'XXXXXXXXXXXXXXX'
        ) % "src"."_dm_s2_7"
      ) % "src"."_dm_s2_7" AS "_dm_s10_2"
    FROM (
      SELECT
        "src".*,
        "src"."_dm_s8_2" AS "_dm_s9_1",
        (
          "src"."_dm_s8_1" + TO_NUMBER(
            SUBSTRING(
              SHA2(
                $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':6:' || CAST("src"."_dm_s8_2" AS VARCHAR),
                256
              ),
              1,
              15
            ),
            'XXXXXXXXXXXXXXX'
          ) % "src"."_dm_s2_6"
        ) % "src"."_dm_s2_6" AS "_dm_s9_2"
      FROM (
        SELECT
          "src".*,
          "src"."_dm_s7_2" AS "_dm_s8_1",
          (
            "src"."_dm_s7_1" + TO_NUMBER(
              SUBSTRING(
                SHA2(
                  $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':5:' || CAST("src"."_dm_s7_2" AS VARCHAR),
                  256
                ),
                1,
                15
              ),
              'XXXXXXXXXXXXXXX'
            ) % "src"."_dm_s2_7"
          ) % "src"."_dm_s2_7" AS "_dm_s8_2"
        FROM (
          SELECT
            "src".*,
            "src"."_dm_s6_2" AS "_dm_s7_1",
            (
              "src"."_dm_s6_1" + TO_NUMBER(
                SUBSTRING(
                  SHA2(
                    $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':4:' || CAST("src"."_dm_s6_2" AS VARCHAR),
                    256
                  ),
                  1,
                  15
                ),
                'XXXXXXXXXXXXXXX'
              ) % "src"."_dm_s2_6"
            ) % "src"."_dm_s2_6" AS "_dm_s7_2"
          FROM (
            SELECT
              "src".*,
              "src"."_dm_s5_2" AS "_dm_s6_1",
              (
                "src"."_dm_s5_1" + TO_NUMBER(
                  SUBSTRING(
                    SHA2(
                      $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':3:' || CAST("src"."_dm_s5_2" AS VARCHAR),
                      256
                    ),
                    1,
                    15
                  ),
                  'XXXXXXXXXXXXXXX'
                ) % "src"."_dm_s2_7"
              ) % "src"."_dm_s2_7" AS "_dm_s6_2"
            FROM (
              SELECT
                "src".*,
                "src"."_dm_s4_2" AS "_dm_s5_1",
                (
                  "src"."_dm_s4_1" + TO_NUMBER(
                    SUBSTRING(
                      SHA2(
                        $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':2:' || CAST("src"."_dm_s4_2" AS VARCHAR),
                        256
                      ),
                      1,
                      15
                    ),
                    'XXXXXXXXXXXXXXX'
                  ) % "src"."_dm_s2_6"
                ) % "src"."_dm_s2_6" AS "_dm_s5_2"
              FROM (
                SELECT
                  "src".*,
                  "src"."_dm_s3_2" AS "_dm_s4_1",
                  (
                    "src"."_dm_s3_1" + TO_NUMBER(
                      SUBSTRING(
                        SHA2(
                          $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':1:' || CAST("src"."_dm_s3_2" AS VARCHAR),
                          256
                        ),
                        1,
                        15
                      ),
                      'XXXXXXXXXXXXXXX'
                    ) % "src"."_dm_s2_7"
                  ) % "src"."_dm_s2_7" AS "_dm_s4_2"
                FROM (
                  SELECT
                    "src".*,
                    "src"."_dm_s2_5" AS "_dm_s3_1",
                    (
                      "src"."_dm_s2_4" + TO_NUMBER(
                        SUBSTRING(
                          SHA2(
                            $datamask_key || 'ce3ff0f83fe4c10beb89be8d710ed0a4d6d49f668e8a1f5a729ba200fba941ec' || CAST("src"."_dm_s2_1" AS VARCHAR) || ':0:' || CAST("src"."_dm_s2_5" AS VARCHAR),
                            256
                          ),
                          1,
                          15
                        ),
                        'XXXXXXXXXXXXXXX'
                      ) % "src"."_dm_s2_6"
                    ) % "src"."_dm_s2_6" AS "_dm_s3_2"
                  FROM (
                    SELECT
                      "src".*,
                      LENGTH("src"."_dm_s1_1") AS "_dm_s2_1",
                      CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) / 2 AS INT) AS "_dm_s2_2",
                      LENGTH("src"."_dm_s1_1") - CAST((
                        LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                      ) / 2 AS INT) AS "_dm_s2_3",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_1",
                        1,
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_4",
                      CAST('0' || SUBSTRING(
                        "src"."_dm_s1_1",
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT) + 1
                      ) AS BIGINT) AS "_dm_s2_5",
                      CAST('1' || REPEAT(
                        '0',
                        CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_6",
                      CAST('1' || REPEAT(
                        '0',
                        LENGTH("src"."_dm_s1_1") - CAST((
                          LENGTH("src"."_dm_s1_1") - LENGTH("src"."_dm_s1_1") % 2
                        ) / 2 AS INT)
                      ) AS BIGINT) AS "_dm_s2_7"
                    FROM (
                      SELECT
                        "src".*,
                        SUBSTRING(
                          REGEXP_REPLACE(
                            CASE
                              WHEN CASE
                                WHEN LENGTH("src"."phone") <= 0
                                THEN 0
                                WHEN LENGTH("src"."phone") - 0 < 20
                                THEN LENGTH("src"."phone") - 0
                                ELSE 20
                              END > 3
                              THEN SUBSTRING(
                                "src"."phone",
                                4,
                                CASE
                                  WHEN LENGTH("src"."phone") <= 0
                                  THEN 0
                                  WHEN LENGTH("src"."phone") - 0 < 20
                                  THEN LENGTH("src"."phone") - 0
                                  ELSE 20
                                END - 3
                              )
                              ELSE ''
                            END,
                            '[^0-9]',
                            ''
                          ),
                          1,
                          36
                        ) AS "_dm_s1_1"
                      FROM (
                        SELECT
                          "src".*,
                          SHA2(
                            $datamask_key || '8d2b4f46e4c156c7bd16279a180d1be32e426e4a1e3c7c5e588e24e3981344df' || "src"."phone",
                            256
                          ) AS "_dm_digest_1"
                        FROM "public"."calls" AS "src"
                      ) AS "src"
                    ) AS "src"
                  ) AS "src"
                ) AS "src"
              ) AS "src"
            ) AS "src"
          ) AS "src"
        ) AS "src"
      ) AS "src"
    ) AS "src"
  ) AS "src"
) AS "src";

ALTER TABLE "masked"."_dm_stage_f46f5990ebfa"
ALTER COLUMN "id" SET NOT NULL;

-- file: 003_swap.sql
-- datamask-sql 0.1.0, algorithm dm2, dialect snowflake
-- replaces each target table by its verified staging table and records what built it in
-- the target's _datamask_meta table (key fingerprint, rules hash, algorithm, watermark)

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'cards';

DELETE FROM "masked"."_datamask_meta"
WHERE
  "table_name" = 'calls';

CREATE TABLE IF NOT EXISTS "masked"."cards"
LIKE "masked"."_dm_stage_6ac9a32c0ca8";

ALTER TABLE "masked"."cards"
SWAP WITH "masked"."_dm_stage_6ac9a32c0ca8";

DROP TABLE IF EXISTS "masked"."_dm_stage_6ac9a32c0ca8";

CREATE TABLE IF NOT EXISTS "masked"."calls"
LIKE "masked"."_dm_stage_f46f5990ebfa";

ALTER TABLE "masked"."calls"
SWAP WITH "masked"."_dm_stage_f46f5990ebfa";

DROP TABLE IF EXISTS "masked"."_dm_stage_f46f5990ebfa";

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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || $datamask_key, 256), 1, 16),
  '73606fd2730f8b91bde4db07fd0efb1b07b603e30707626510b92248123616fc',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS VARCHAR);

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
  SUBSTRING(SHA2('datamask-sql/dm1/fingerprint:' || $datamask_key, 256), 1, 16),
  '057f02e42756e9c7535374cf3456080654914ccc2a9b4cd7fec826ad00e2c87f',
  'dm2',
  'full',
  NULL,
  NULL,
  CAST(CURRENT_TIMESTAMP() AS VARCHAR);

