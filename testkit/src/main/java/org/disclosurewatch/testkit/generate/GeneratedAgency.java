package org.disclosurewatch.testkit.generate;

import org.disclosurewatch.contracts.form.AgencyLevel;

/**
 * A made-up filing body.
 *
 * @param name   the full name as printed in the title ("重庆市綦江区应急管理局")
 * @param level  government, department or township
 * @param region the region it belongs to ("重庆市綦江区")
 * @param host   the portal host of its region ("www.cqqj.gov.cn")
 * @param slug   a short code of the body used in page paths ("yjj")
 */
public record GeneratedAgency(String name, AgencyLevel level, String region, String host, String slug) {
}
