package org.disclosurewatch.deploy;

import java.util.List;
import java.util.Map;

/**
 * The fields of a kustomization.yaml that the manifests use; any other field is refused when the file is read,
 * so a kustomization never holds something {@link KustomizeBuild} would silently ignore.
 */
record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
                     List<Patch> patches, List<Image> images, List<Generator> configMapGenerator,
                     List<LabelSet> labels) {

    List<String> resourcesOrEmpty() {
        return resources == null ? List.of() : resources;
    }

    record Patch(String path, String patch, Target target) {
    }

    record Target(String group, String version, String kind, String name, String labelSelector) {
    }

    record Image(String name, String newName, String newTag) {
    }

    record Generator(String name, List<String> files, Options options) {
    }

    record Options(Boolean disableNameSuffixHash, Map<String, String> labels, Map<String, String> annotations) {
    }

    record LabelSet(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }
}
