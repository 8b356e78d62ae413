package eu.sovereignradar.generator.render.theme;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view-model record as templates see it: a hash of its components, so {@code ${blip.title}}
 * prints {@code title()}; {@code blip.title()} works too, as with FreeMarker's own bean wrapper.
 *
 * <p>Why not FreeMarker's bean wrapper, which reads records as well: templates read tens of values
 * per page on tens of thousands of pages, and the bean wrapper pays for each read with a lookup in
 * its class introspection cache, a reflective call and a new bean model per record. Here the
 * accessors of each record class are found once (in a {@link ClassValue}), and a read is a map
 * lookup and a call. Immutable and thread-safe, like the records it wraps.
 */
public final class RecordModel
    implements TemplateHashModelEx,
        MethodCallAwareTemplateHashModel,
        AdapterTemplateModel,
        WrapperTemplateModel {
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new LinkedHashMap<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            // Spares the access check on every call; view records are ours.
            accessor.setAccessible(true);
            accessors.put(c.getName(), accessor);
          }
          return Map.copyOf(accessors);
        }
      };

  private final Record record;
  private final Map<String, Method> accessors;
  private final ObjectWrapper wrapper;

  public RecordModel(Record record, ObjectWrapper wrapper) {
    this.record = record;
    this.accessors = ACCESSORS.get(record.getClass());
    this.wrapper = wrapper;
  }

  /** The component {@code key}, wrapped; null (a missing value) for null or an unknown key. */
  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    Method accessor = accessors.get(key);
    if (accessor == null) {
      return null;
    }
    Object value;
    try {
      value = accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new TemplateModelException(
          "cannot read " + key + " of " + record.getClass().getSimpleName(), e);
    }
    // Records hold mostly strings: wrap them as the default wrapper would, without running its
    // chain of type checks for each of the thousands of values a large site prints.
    if (value instanceof String text) {
      return new SimpleScalar(text);
    }
    return wrapper.wrap(value);
  }

  /** For {@code blip.title()}: a method without parameters that returns the component. */
  @Override
  public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException {
    if (!accessors.containsKey(key)) {
      return null;
    }
    TemplateModel value = get(key);
    return (TemplateMethodModelEx)
        arguments -> {
          if (!arguments.isEmpty()) {
            throw new TemplateModelException(key + "() takes no arguments");
          }
          return value;
        };
  }

  /** A record is a value, never empty, like a bean in FreeMarker's own wrapper. */
  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public int size() {
    return accessors.size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return new SimpleCollection(List.copyOf(componentNames()), wrapper);
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    List<TemplateModel> values = new ArrayList<>();
    for (String key : componentNames()) {
      values.add(get(key));
    }
    return new SimpleCollection(values, wrapper);
  }

  @Override
  public Object getAdaptedObject(Class<?> hint) {
    return record;
  }

  @Override
  public Object getWrappedObject() {
    return record;
  }

  /** Component names in declaration order ({@link Map#copyOf} forgets the order). */
  private List<String> componentNames() {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }
}
