import type { CreateFrameworkInput, FrameworkElement } from "../../../contract/api/assessments.schema.ts";
import type { Db } from "../../db/client.ts";
import { frameworksService } from "./frameworks.service.ts";

type Ind = [
  code: string,
  nameVi: string,
  nameEn: string,
  spec:
    | {
        type: "number";
        goalposts?: [number, number];
        target?: number;
        range?: [number, number];
        unit: string;
        direction?: 1 | -1;
      }
    | { type: "rubric" }
    | { type: "yesno" },
  supplier: "self" | "assessor" | "measured",
];

const RUBRIC = [
  { level: 0, labelVi: "Chưa có", labelEn: "Absent" },
  { level: 1, labelVi: "Mới bắt đầu", labelEn: "Emerging" },
  { level: 2, labelVi: "Đang phát triển", labelEn: "Developing" },
  { level: 3, labelVi: "Vững vàng", labelEn: "Established" },
  { level: 4, labelVi: "Xuất sắc, là hình mẫu", labelEn: "Leading, a model for others" },
];

/**
 * Seven dimensions drawn from public practice for creative spaces (the Oct 2023 consultation of Hanoi's Department of
 * Culture and Sports with UN-Habitat; the European Creative Hubs Network's criteria; UCCN monitoring-report themes).
 * An EXAMPLE to adapt: goalposts and weights are starting points, not the city's adopted criteria.
 */
const DIMENSIONS: [code: string, nameVi: string, nameEn: string, indicators: Ind[]][] = [
  [
    "Programme",
    "Hoạt động và chương trình văn hoá",
    "Cultural programming and activity",
    [
      [
        "ProgEvents",
        "Số sự kiện công cộng mỗi năm",
        "Public events per year",
        { type: "number", goalposts: [0, 100], range: [0, 2000], unit: "sự kiện/năm" },
        "self",
      ],
      [
        "ProgVisitors",
        "Lượt khách tham dự mỗi năm",
        "Visitors per year",
        { type: "number", target: 50000, range: [0, 5000000], unit: "lượt/năm" },
        "self",
      ],
      [
        "ProgFields",
        "Số lĩnh vực sáng tạo được giới thiệu",
        "Creative fields presented",
        { type: "number", goalposts: [0, 8], range: [0, 20], unit: "lĩnh vực" },
        "self",
      ],
      [
        "ProgQuality",
        "Chất lượng và tính mới của chương trình",
        "Quality and originality of programming",
        { type: "rubric" },
        "assessor",
      ],
    ],
  ],
  [
    "Community",
    "Gắn kết cộng đồng và tiếp cận",
    "Community engagement and access",
    [
      [
        "ComFree",
        "Tỷ lệ hoạt động miễn phí",
        "Share of free activities",
        { type: "number", goalposts: [0, 100], range: [0, 100], unit: "%" },
        "self",
      ],
      [
        "ComAccess",
        "Tiếp cận cho người khuyết tật",
        "Access for people with disabilities",
        { type: "rubric" },
        "assessor",
      ],
      [
        "ComLearning",
        "Chương trình giáo dục cho trẻ em và sinh viên",
        "Learning programmes for children and students",
        { type: "yesno" },
        "self",
      ],
      [
        "ComPartners",
        "Đối tác cộng đồng địa phương",
        "Local community partners",
        { type: "number", goalposts: [0, 20], range: [0, 500], unit: "đối tác" },
        "self",
      ],
    ],
  ],
  [
    "Economy",
    "Kinh tế sáng tạo và việc làm",
    "Creative economy and jobs",
    [
      [
        "EcoJobs",
        "Số việc làm toàn thời gian tương đương",
        "Full-time equivalent jobs",
        { type: "number", goalposts: [0, 50], range: [0, 10000], unit: "FTE" },
        "self",
      ],
      [
        "EcoResidents",
        "Doanh nghiệp và nghệ sĩ thường trú",
        "Resident businesses and artists",
        { type: "number", goalposts: [0, 30], range: [0, 1000], unit: "đơn vị" },
        "self",
      ],
      [
        "EcoIncome",
        "Tỷ lệ thu nhập tự tạo",
        "Share of earned income",
        { type: "number", goalposts: [0, 100], range: [0, 100], unit: "%" },
        "self",
      ],
      [
        "EcoIncubation",
        "Hỗ trợ ươm tạo và phát triển nghề nghiệp",
        "Incubation and professional development",
        { type: "rubric" },
        "assessor",
      ],
    ],
  ],
  [
    "Network",
    "Kết nối và hợp tác quốc tế",
    "Networking and international cooperation",
    [
      [
        "NetIntl",
        "Dự án với đối tác quốc tế",
        "Projects with international partners",
        { type: "number", goalposts: [0, 10], range: [0, 500], unit: "dự án" },
        "self",
      ],
      [
        "NetUccn",
        "Hợp tác với các thành phố sáng tạo UNESCO",
        "Cooperation with UNESCO Creative Cities",
        { type: "yesno" },
        "self",
      ],
      [
        "NetLocal",
        "Tham gia mạng lưới không gian sáng tạo Hà Nội",
        "Participation in Hanoi's creative hubs network",
        { type: "rubric" },
        "assessor",
      ],
    ],
  ],
  [
    "Space",
    "Không gian và cơ sở vật chất",
    "Space and facilities",
    [
      [
        "SpaArea",
        "Diện tích dành cho công chúng",
        "Floor area open to the public",
        { type: "number", goalposts: [0, 1000], range: [0, 100000], unit: "m²" },
        "measured",
      ],
      [
        "SpaHours",
        "Số giờ mở cửa mỗi tuần",
        "Opening hours per week",
        { type: "number", goalposts: [0, 60], range: [0, 168], unit: "giờ/tuần" },
        "self",
      ],
      ["SpaSafety", "An toàn và phòng cháy chữa cháy", "Safety and fire protection", { type: "rubric" }, "assessor"],
    ],
  ],
  [
    "Heritage",
    "Di sản và bản sắc",
    "Heritage and identity",
    [
      [
        "HerCraft",
        "Hoạt động về làng nghề và nghề thủ công",
        "Activities on craft villages and crafts",
        { type: "number", goalposts: [0, 20], range: [0, 1000], unit: "hoạt động/năm" },
        "self",
      ],
      [
        "HerSite",
        "Bảo tồn và tái sử dụng công trình di sản",
        "Conservation and reuse of heritage buildings",
        { type: "rubric" },
        "assessor",
      ],
      [
        "HerIdentity",
        "Thể hiện bản sắc Hà Nội trong chương trình",
        "Hanoi's identity in the programme",
        { type: "rubric" },
        "assessor",
      ],
    ],
  ],
  [
    "Governance",
    "Quản trị và bền vững",
    "Governance and sustainability",
    [
      ["GovPlan", "Kế hoạch hoạt động nhiều năm được công bố", "Published multi-year plan", { type: "yesno" }, "self"],
      [
        "GovReport",
        "Báo cáo tài chính và hoạt động minh bạch",
        "Transparent financial and activity reporting",
        { type: "rubric" },
        "assessor",
      ],
      [
        "GovEnergy",
        "Điện năng tiêu thụ trên mỗi m²",
        "Electricity use per m²",
        { type: "number", goalposts: [20, 200], range: [0, 2000], unit: "kWh/m²/năm", direction: -1 },
        "measured",
      ],
      [
        "GovYears",
        "Số năm hoạt động liên tục",
        "Years in continuous operation",
        { type: "number", target: 10, range: [0, 200], unit: "năm" },
        "measured",
      ],
    ],
  ],
];

/** Hanoi's example framework, as the body of a new framework. */
export function exampleFramework(): CreateFrameworkInput {
  const elements: FrameworkElement[] = [];
  const base = {
    guidanceVi: null,
    guidanceEn: null,
    unit: null,
    goalposts: null,
    target: null,
    range: null,
    levels: null,
    direction: 1 as const,
  };
  for (const [code, nameVi, nameEn, inds] of DIMENSIONS) {
    elements.push({
      ...base,
      code,
      parent: null,
      kind: "dimension",
      nameVi,
      nameEn,
      weight: 1,
      type: null,
      supplier: null,
    });
    for (const [icode, iVi, iEn, spec, supplier] of inds) {
      const guidance =
        supplier === "self"
          ? [
              "Hub tự khai báo, kèm minh chứng (tài liệu, đường dẫn).",
              "Declared by the hub, with evidence (documents, links).",
            ]
          : supplier === "assessor"
            ? [
                "Chuyên gia chấm theo thang 0–4 sau khi khảo sát.",
                "Scored by assessors on the 0–4 scale after a visit.",
              ]
            : ["Số liệu đo đạc do Sở cung cấp.", "A measured figure entered by the Department."];
      elements.push({
        ...base,
        code: icode,
        parent: code,
        kind: "indicator",
        nameVi: iVi.normalize("NFC"),
        nameEn: iEn,
        guidanceVi: guidance[0].normalize("NFC"),
        guidanceEn: guidance[1],
        weight: 1,
        type: spec.type,
        supplier,
        ...(spec.type === "number"
          ? {
              unit: spec.unit.normalize("NFC"),
              goalposts: spec.goalposts ?? null,
              target: spec.target ?? null,
              range: spec.range ?? null,
              direction: spec.direction ?? 1,
            }
          : {}),
        ...(spec.type === "rubric"
          ? { levels: RUBRIC.map((l) => ({ ...l, labelVi: l.labelVi.normalize("NFC") })) }
          : {}),
        ...(spec.type === "yesno" ? { unit: "có/không" } : {}),
      });
    }
  }
  for (const e of elements) e.nameVi = e.nameVi.normalize("NFC");
  return {
    nameVi: "VÍ DỤ — Bộ tiêu chí đánh giá không gian văn hoá sáng tạo (cần điều chỉnh)".normalize("NFC"),
    nameEn: "EXAMPLE — Criteria for assessing cultural and creative spaces (to adapt)",
    descriptionVi:
      "Bộ tiêu chí mẫu để điều chỉnh, xây dựng từ thực tiễn công khai về không gian sáng tạo (tham vấn của Sở Văn hoá và Thể thao với UN-Habitat, tháng 10/2023; tiêu chí của Mạng lưới Không gian Sáng tạo châu Âu). Chưa phải bộ tiêu chí chính thức của thành phố.".normalize(
        "NFC",
      ),
    descriptionEn:
      "An example to adapt, built from public practice for creative spaces (the Department of Culture and Sports' consultation with UN-Habitat, Oct 2023; the European Creative Hubs Network's criteria). Not the city's adopted criteria; goalposts and weights are starting points.",
    elements,
  };
}

/** Seeds the example framework into a network. Returns 1. */
export async function seedExampleFramework(db: Db, networkSlug: string): Promise<number> {
  await frameworksService(db).seed(networkSlug, exampleFramework());
  return 1;
}
